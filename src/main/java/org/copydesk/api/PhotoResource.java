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
import java.net.URI;
import org.copydesk.media.ImageCheck;
import org.copydesk.media.PhotoLibrary;

/**
 * POST the bytes of a lead photo (any declared type: the content decides). 201 with the reference
 * to put in a revision's {@code photoRef}; 413, 415 or 400 with a problem body otherwise, and
 * nothing stored.
 */
@Path("photos")
public class PhotoResource {

  @Inject
  private PhotoLibrary library;

  public static class PhotoDto {
    public String ref;
    public String mediaType;
    public int width;
    public int height;
    public int bytes;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(InputStream body) throws IOException {
    // One byte more than allowed is enough to know it is too large, without reading the rest.
    byte[] data = body == null ? new byte[0] : body.readNBytes(ImageCheck.MAX_BYTES + 1);
    PhotoLibrary.Stored stored = library.store(data);
    PhotoDto dto = new PhotoDto();
    dto.ref = stored.ref();
    dto.mediaType = stored.mediaType();
    dto.width = stored.width();
    dto.height = stored.height();
    dto.bytes = stored.bytes();
    return Response.created(URI.create("../media/" + stored.ref())).entity(dto).build();
  }
}
