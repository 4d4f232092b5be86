package org.copydesk.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.copydesk.ingest.IngestRefused;
import org.copydesk.ingest.WireDesk;
import org.copydesk.platform.InvalidInputException;

/**
 * POST a wire file (IPTC ninjs 1.x to 3.x as JSON, or a NewsML-G2 news item as XML). 201 when it
 * became a new story, 200 when it updated one, changed nothing or withdrew one; 400 with a
 * problem body naming what is wrong, and nothing created, when it cannot be read.
 */
@Path("ingest")
public class IngestResource {

  /** Read at most one byte more than allowed, so an oversized upload is refused without reading it all. */
  private static final int LIMIT = org.copydesk.ingest.WireIngest.MAX_INPUT_BYTES;

  @Inject
  private WireDesk desk;

  public static class IngestResultDto {
    public String outcome;
    public long storyId;
    public int revision;
    public String wireId;
    public String version;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response ingest(InputStream body) throws IOException {
    byte[] input = body == null ? new byte[0] : body.readNBytes(LIMIT + 1);
    if (input.length > LIMIT) {
      throw new InvalidInputException("ingest.tooLarge", LIMIT / (1024 * 1024));
    }
    WireDesk.Result result = desk.ingest(input);
    IngestResultDto dto = new IngestResultDto();
    dto.outcome = result.outcome().name();
    dto.storyId = result.storyId();
    dto.revision = result.revision();
    dto.wireId = result.wireId();
    dto.version = result.version();
    return Response.status(result.outcome() == WireDesk.Outcome.CREATED ? 201 : 200).entity(dto).build();
  }

  static void describe(IngestRefused refused, jakarta.json.JsonObjectBuilder problem) {
    problem.add("reason", refused.getReason());
    if (refused.getLocation() != null) {
      problem.add("location", refused.getLocation());
    }
  }
}
