package org.copydesk.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Conditional GET (ETag, Last-Modified, 304) and the headers every public response carries. */
final class PublicResponses {

  private PublicResponses() {}

  /** Answers 304 when the client's copy is current; otherwise writes the body. */
  static void send(HttpServletRequest request, HttpServletResponse response, PageCache.Page page, String contentType)
      throws IOException {
    response.setHeader("ETag", page.etag());
    response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
    response.setHeader("Cache-Control", "public, max-age=60");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (notModified(request, page)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(contentType);
    response.setContentLength(page.body().length);
    response.getOutputStream().write(page.body());
  }

  private static boolean notModified(HttpServletRequest request, PageCache.Page page) {
    String ifNoneMatch = request.getHeader("If-None-Match");
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(page.etag()) || t.equals("W/" + page.etag())) {
          return true;
        }
      }
      return false;
    }
    long since;
    try {
      since = request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException unparseable) {
      return false;
    }
    return since >= 0 && !page.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(since));
  }

  static PageCache.Page page(String etag, Instant lastModified, String body) {
    return new PageCache.Page(etag, lastModified, body.getBytes(StandardCharsets.UTF_8));
  }

  static String siteUrl(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
  }
}
