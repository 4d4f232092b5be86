package org.copydesk.publish;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** The public story page, /news/{slug}: the published revision, rendered once, then cached. */
@WebServlet("/news/*")
public class NewsServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,130}");

  @Inject
  private PublicNews news;

  @Inject
  private PaperSettings settings;

  @Inject
  private PageCache cache;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    String slug = path == null ? "" : path.substring(1);
    Optional<String> etag = SLUG.matcher(slug).matches() ? news.etag(slug) : Optional.empty();
    if (etag.isEmpty()) {
      notFound(request, response);
      return;
    }
    PageCache.Page page = cache.get(slug, etag.get());
    if (page == null) {
      Optional<PublicStory> story = news.story(slug);
      if (story.isEmpty()) {
        notFound(request, response);
        return;
      }
      String html =
          StoryPage.story(story.get(), settings.masthead(), request.getContextPath(), PublicResponses.siteUrl(request) + "/news/" + slug);
      page = PublicResponses.page(story.get().etag(), story.get().modified().toInstant(), html);
      cache.put(slug, page);
    }
    PublicResponses.send(request, response, page, "text/html;charset=UTF-8");
  }

  private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = StoryPage.notFound(settings.masthead(), request.getContextPath()).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
