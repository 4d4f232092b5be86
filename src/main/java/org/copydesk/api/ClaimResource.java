package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.copydesk.factcheck.CheckedClaim;
import org.copydesk.factcheck.ClaimStatus;
import org.copydesk.factcheck.ClaimType;
import org.copydesk.factcheck.FactCheckDesk;
import org.copydesk.platform.InvalidInputException;

/** The claims of a story's current revision: list them, give a verdict, add a missed one. */
@Path("stories/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

  @Inject
  private FactCheckDesk desk;

  public static class ClaimDto {
    public long id;
    public int revision;
    public String type;
    public String text;
    public String speaker;
    public int paragraph;
    public int start;
    public int endParagraph;
    public int end;
    public String sentence;
    public String status;
    public String note;
    public String sourceUrl;
    public String checkedBy;
    public String checkedAt;
    public boolean manual;

    static ClaimDto of(CheckedClaim c) {
      ClaimDto d = new ClaimDto();
      d.id = c.getId();
      d.revision = c.getRevisionNumber();
      d.type = c.getType().name();
      d.text = c.getText();
      d.speaker = c.getSpeaker();
      d.paragraph = c.getParagraph();
      d.start = c.getStart();
      d.endParagraph = c.getEndParagraph();
      d.end = c.getEnd();
      d.sentence = c.getSentence();
      d.status = c.getStatus().name();
      d.note = c.getNote();
      d.sourceUrl = c.getSourceUrl();
      d.checkedBy = c.getCheckedBy();
      d.checkedAt = c.getCheckedAt() == null ? null : c.getCheckedAt().toString();
      d.manual = c.isManual();
      return d;
    }
  }

  public static class VerdictInput {
    public String status;
    public String note;
    public String sourceUrl;
  }

  public static class SelectionInput {
    public String type;
    public Integer paragraph;
    public Integer start;
    public Integer end;
  }

  @GET
  public List<ClaimDto> list(@PathParam("id") long storyId) {
    return desk.currentClaims(storyId).stream().map(ClaimDto::of).toList();
  }

  @PUT
  @Path("{claimId}")
  public ClaimDto judge(@PathParam("id") long storyId, @PathParam("claimId") long claimId, VerdictInput input) {
    if (input == null || input.status == null) {
      throw new InvalidInputException("claim.status.required");
    }
    ClaimStatus status = EnumParam.parse(ClaimStatus.class, input.status, "claim.status.required");
    return ClaimDto.of(desk.judge(storyId, claimId, status, input.note, input.sourceUrl));
  }

  @POST
  public Response add(@PathParam("id") long storyId, SelectionInput input) {
    if (input == null || input.paragraph == null || input.start == null || input.end == null) {
      throw new InvalidInputException("claim.selection.invalid");
    }
    ClaimType type = EnumParam.parse(ClaimType.class, input.type == null ? "" : input.type, "claim.type.required");
    return Response.status(201).entity(ClaimDto.of(desk.addManual(storyId, type, input.paragraph, input.start, input.end))).build();
  }

}
