package org.copydesk.publish;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.copydesk.platform.Sha256;

/**
 * The public front page at the site's root and the feeds: the newest published stories. The
 * ETag is a hash of what is shown, so readers and feed readers get 304 until something changes.
 */
@WebServlet(urlPatterns = {"", "/feeds/rss.xml", "/feeds/atom.xml"})
public class FrontPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  static final int FRONT_PAGE_STORIES = 30;
  static final int FEED_STORIES = 20;

  @Inject
  private PublicNews news;

  @Inject
  private PaperSettings settings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath();
    Masthead paper = settings.masthead();
    String body;
    String type;
    List<Teaser> stories;
    if (path.endsWith("rss.xml")) {
      stories = news.latest(FEED_STORIES);
      body = Feeds.rss(stories, paper, PublicResponses.siteUrl(request));
      type = "application/rss+xml;charset=UTF-8";
    } else if (path.endsWith("atom.xml")) {
      stories = news.latest(FEED_STORIES);
      body = Feeds.atom(stories, paper, PublicResponses.siteUrl(request));
      type = "application/atom+xml;charset=UTF-8";
    } else {
      stories = news.latest(FRONT_PAGE_STORIES);
      body = StoryPage.front(stories, paper, request.getContextPath(), PublicResponses.siteUrl(request) + "/");
      type = "text/html;charset=UTF-8";
    }
    Instant modified =
        stories.stream().map(t -> t.modified() != null ? t.modified() : t.published()).map(t -> t.toInstant())
            .max(Instant::compareTo).orElse(Instant.EPOCH);
    PublicResponses.send(request, response, PublicResponses.page("\"" + Sha256.hex(body).substring(0, 32) + "\"", modified, body), type);
  }
}
