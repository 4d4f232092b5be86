package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.copydesk.ingest.export.StoryExport;
import org.copydesk.platform.NotFoundException;

/** A story's current revision as IPTC ninjs 2.x or NewsML-G2 (story item, and its picture item). */
@Path("stories/{id}/export")
public class ExportResource {

  @Inject
  private StoryExport export;

  @GET
  @Path("ninjs")
  public Response ninjs(@PathParam("id") long id, @Context HttpServletRequest request) {
    return Response.ok(export.ninjs(id, site(request)), "application/json;charset=UTF-8").build();
  }

  @GET
  @Path("newsml")
  public Response newsMl(@PathParam("id") long id, @Context HttpServletRequest request) {
    return Response.ok(export.newsMl(id, site(request)), "application/vnd.iptc.g2.newsitem+xml;charset=UTF-8").build();
  }

  @GET
  @Path("newsml-picture")
  public Response newsMlPicture(@PathParam("id") long id, @Context HttpServletRequest request) {
    String picture = export.newsMlPicture(id, site(request)).orElseThrow(() -> new NotFoundException("export.noPicture", id));
    return Response.ok(picture, "application/vnd.iptc.g2.newsitem+xml;charset=UTF-8").build();
  }

  private static String site(HttpServletRequest request) {
    return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
  }
}
