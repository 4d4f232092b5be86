package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.copydesk.api.Dtos.AuditEntryDto;
import org.copydesk.api.Dtos.RevisionDto;
import org.copydesk.api.Dtos.RevisionInput;
import org.copydesk.api.Dtos.StoryDto;
import org.copydesk.api.Dtos.StoryPageDto;
import org.copydesk.api.Dtos.StoryRowDto;
import org.copydesk.api.Dtos.TransitionInput;
import org.copydesk.api.Dtos.VerificationDto;
import org.copydesk.audit.AuditTrail;
import org.copydesk.desk.DeskQuery;
import org.copydesk.desk.DeskService;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.platform.NotFoundException;
import org.copydesk.publish.NinjsExport;
import org.copydesk.publish.PaperSettings;
import org.copydesk.publish.PublicNews;
import org.copydesk.publish.PublicStory;
import org.copydesk.story.CorrectionKind;
import org.copydesk.story.StoryReader;
import org.copydesk.story.StoryState;
import org.copydesk.story.StoryView;
import org.copydesk.story.Transition;
import org.copydesk.story.TransitionRequest;
import org.copydesk.workflow.StoryWorkflow;

/** Stories, their revisions, transitions and audit trail. Every rule is the EJBs'; this maps. */
@Path("stories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoryResource {

  @Inject
  private StoryWorkflow workflow;

  @Inject
  private StoryReader reader;

  @Inject
  private DeskService desk;

  @Inject
  private AuditTrail audit;

  @Inject
  private PublicNews publicNews;

  @Inject
  private PaperSettings settings;

  @Context
  private UriInfo uri;

  @GET
  public StoryPageDto list(
      @QueryParam("state") String state,
      @QueryParam("view") String view,
      @QueryParam("reporter") String reporter,
      @QueryParam("wire") Long wire,
      @QueryParam("text") String text,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("25") int size) {
    if (text != null && text.length() > 200) {
      throw new InvalidInputException("api.search.size");
    }
    DeskQuery query = new DeskQuery(
        view == null || view.isBlank() ? DeskQuery.View.ALL : EnumParam.parse(DeskQuery.View.class, view, "api.view.unknown"),
        state == null || state.isBlank() ? null : EnumParam.parse(StoryState.class, state, "api.state.unknown"),
        reporter, wire, null, null, text);
    StoryPageDto page = new StoryPageDto();
    page.total = desk.count(query);
    page.first = first;
    page.stories = desk.page(query, first, size).stream().map(StoryRowDto::of).toList();
    return page;
  }

  @POST
  public Response create(RevisionInput input) {
    StoryView created = workflow.create(required(input).toDraft());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(StoryDto.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  public StoryDto get(@PathParam("id") long id) {
    return StoryDto.of(reader.story(id));
  }

  /** Revisions per page of the history when the caller does not say. */
  static final int HISTORY_PAGE = 50;

  /**
   * A page of the revisions, newest first, without bodies. A story worked on all day reaches
   * hundreds of revisions (the benchmark's has 1,000), and the whole list went out in one answer.
   * The number of revisions is in {@code X-Total-Count}; the next page, while there is one, in a
   * {@code Link} header with {@code rel="next"}.
   */
  @GET
  @Path("{id}/revisions")
  public Response history(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("" + HISTORY_PAGE) int size) {
    if (first < 0 || size < 1 || size > StoryReader.HISTORY_PAGE_MAX) {
      throw new InvalidInputException("api.revisions.page", StoryReader.HISTORY_PAGE_MAX);
    }
    // Revisions are numbered 1, 2, 3... without gaps, so the current one's number is their count.
    int total = reader.story(id).currentRevision();
    List<RevisionDto> page = reader.history(id, first, size).stream().map(RevisionDto::of).toList();
    Response.ResponseBuilder answer = Response.ok(page).header("X-Total-Count", total);
    if (first + page.size() < total) {
      answer.link(
          uri.getRequestUriBuilder().replaceQueryParam("first", first + size).replaceQueryParam("size", size).build(),
          "next");
    }
    return answer.build();
  }

  @GET
  @Path("{id}/revisions/{number}")
  public RevisionDto revision(@PathParam("id") long id, @PathParam("number") int number) {
    return RevisionDto.of(reader.revision(id, number));
  }

  @GET
  @Path("{id}/diff")
  public Dtos.ComparisonDto diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    if (from == null || to == null) {
      throw new InvalidInputException("api.diff.revisions");
    }
    return Dtos.ComparisonDto.of(reader.compare(id, from, to));
  }

  /** The published revision as IPTC ninjs; its version is the published revision's number. */
  @GET
  @Path("{id}/ninjs")
  public jakarta.json.JsonObject ninjs(@PathParam("id") long id, @Context jakarta.servlet.http.HttpServletRequest request) {
    reader.story(id);
    PublicStory story = publicNews.story(id).orElseThrow(() -> new NotFoundException("export.notPublished", id));
    String site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
    return NinjsExport.of(story, settings.masthead(), site);
  }

  @POST
  @Path("{id}/embargo")
  public StoryDto embargo(@PathParam("id") long id, Dtos.EmbargoInput input) {
    OffsetDateTime until = input == null || input.until == null || input.until.isBlank() ? null : time(input.until);
    return StoryDto.of(workflow.embargo(id, until));
  }

  /** 201 with the story when a revision was added; 200 when the content was unchanged. */
  @POST
  @Path("{id}/revisions")
  public Response save(@PathParam("id") long id, RevisionInput input) {
    RevisionInput in = required(input);
    if (in.baseRevision == null) {
      throw new InvalidInputException("api.baseRevision.required");
    }
    StoryView saved = workflow.save(id, in.baseRevision, in.toDraft());
    boolean added = saved.currentRevision() != in.baseRevision;
    Response.ResponseBuilder response =
        added
            ? Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(saved.currentRevision())).build())
            : Response.ok();
    return response.entity(StoryDto.of(saved)).build();
  }

  @POST
  @Path("{id}/transitions")
  public StoryDto transition(@PathParam("id") long id, TransitionInput input) {
    if (input == null || input.transition == null || input.transition.isBlank()) {
      throw new InvalidInputException("transition.required");
    }
    Transition transition = EnumParam.parse(Transition.class, input.transition, "api.transition.unknown");
    OffsetDateTime at = input.scheduledFor == null || input.scheduledFor.isBlank() ? null : time(input.scheduledFor);
    CorrectionKind kind =
        input.correctionKind == null || input.correctionKind.isBlank()
            ? null
            : EnumParam.parse(CorrectionKind.class, input.correctionKind, "api.correctionKind.unknown");
    return StoryDto.of(workflow.transition(id, transition, new TransitionRequest(input.comment, input.revision, at, kind)));
  }

  @GET
  @Path("{id}/audit")
  public List<AuditEntryDto> auditTrail(@PathParam("id") long id) {
    reader.story(id);
    return audit.entries(id).stream().map(AuditEntryDto::of).toList();
  }

  @GET
  @Path("{id}/audit/verification")
  public VerificationDto verifyAudit(@PathParam("id") long id) {
    reader.story(id);
    return VerificationDto.of(audit.verify(id));
  }

  private static OffsetDateTime time(String text) {
    try {
      return OffsetDateTime.parse(text.trim());
    } catch (DateTimeParseException bad) {
      throw new InvalidInputException("api.time.invalid", text);
    }
  }

  private static RevisionInput required(RevisionInput input) {
    if (input == null) {
      throw new InvalidInputException("api.body.required");
    }
    return input;
  }

}
