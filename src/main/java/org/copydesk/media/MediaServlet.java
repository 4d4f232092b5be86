package org.copydesk.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Uploaded photos at {@code /media/{sha256}.{ext}}. Served with the type found at upload, never
 * sniffed, and sandboxed, so even a file that is also valid HTML can never run as a page. Photos of
 * published stories are public and cached for good (their address is their content); others only
 * for signed-in newsroom users, and not cached.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject
  private PhotoLibrary library;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String ref = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    boolean newsroom = request.getUserPrincipal() != null;
    Optional<Photo> photo = PhotoRefs.uploaded(ref).flatMap(sha -> library.visible(sha, newsroom));
    if (photo.isEmpty() || !photo.get().ref().equals(ref)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Photo p = photo.get();
    String etag = "\"" + p.getSha256() + "\"";
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", newsroom ? "private, no-store" : "public, max-age=31536000, immutable");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] data = p.getData();
    response.setContentType(p.getMediaType());
    response.setHeader("Content-Disposition", "inline; filename=\"" + ref + "\"");
    response.setContentLength(data.length);
    response.getOutputStream().write(data);
  }
}
