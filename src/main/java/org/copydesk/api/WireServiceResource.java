package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.copydesk.credit.UsageReport;
import org.copydesk.credit.WireRegistry;
import org.copydesk.credit.WireService;
import org.copydesk.credit.WireServiceKind;
import org.copydesk.platform.InvalidInputException;

/** The wire-service registry and the usage report: what the newsroom owes each service. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WireServiceResource {

  @Inject
  private WireRegistry registry;

  @Inject
  private UsageReport usage;

  public static class WireServiceDto {
    public long id;
    public String name;
    public String shortName;
    public String kind;
    public String creditFormat;
    public String usageTerms;
    public boolean active;

    static WireServiceDto of(WireService w) {
      WireServiceDto d = new WireServiceDto();
      d.id = w.getId();
      d.name = w.getName();
      d.shortName = w.getShortName();
      d.kind = w.getKind().name();
      d.creditFormat = w.getCreditFormat();
      d.usageTerms = w.getUsageTerms();
      d.active = w.isActive();
      return d;
    }

    WireRegistry.Entry entry() {
      WireServiceKind k = kind == null ? null : EnumParam.parse(WireServiceKind.class, kind, "wire.invalid");
      return new WireRegistry.Entry(name, shortName, k, creditFormat, usageTerms, active);
    }
  }

  public static class UsageLineDto {
    public long wireServiceId;
    public String name;
    public int stories;
    public int photos;
  }

  @GET
  @Path("wire-services")
  public List<WireServiceDto> all() {
    return registry.all().stream().map(WireServiceDto::of).toList();
  }

  @POST
  @Path("wire-services")
  public Response create(WireServiceDto input) {
    if (input == null) {
      throw new InvalidInputException("wire.required");
    }
    return Response.status(201).entity(WireServiceDto.of(registry.create(input.entry()))).build();
  }

  @PUT
  @Path("wire-services/{id}")
  public WireServiceDto update(@PathParam("id") long id, WireServiceDto input) {
    if (input == null) {
      throw new InvalidInputException("wire.required");
    }
    return WireServiceDto.of(registry.update(id, input.entry()));
  }

  /** Stories and photos published with each service's credit, from {@code from} to {@code to} inclusive (UTC days). */
  @GET
  @Path("reports/usage")
  public List<UsageLineDto> usage(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = day(from);
    LocalDate end = day(to);
    return usage.between(start.atStartOfDay().atOffset(ZoneOffset.UTC), end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
        .stream()
        .map(l -> {
          UsageLineDto d = new UsageLineDto();
          d.wireServiceId = l.getWireServiceId();
          d.name = l.getName();
          d.stories = l.getStories();
          d.photos = l.getPhotos();
          return d;
        })
        .toList();
  }

  @GET
  @Path("reports/usage.csv")
  @Produces("text/csv")
  public Response usageCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate start = day(from);
    LocalDate end = day(to);
    String csv = UsageReport.csv(
        usage.between(start.atStartOfDay().atOffset(ZoneOffset.UTC), end.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)), start, end);
    return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"wire-usage-" + start + "-" + end + ".csv\"").build();
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException bad) {
      throw new InvalidInputException("usage.period.invalid");
    }
  }
}
