package org.copydesk.publish;

import static org.copydesk.publish.Html.escape;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.copydesk.media.PhotoRefs;

/**
 * Renders the public pages: a newspaper story page with its schema.org NewsArticle JSON-LD, the
 * front page and the not-found page. Plain string building: a published revision never changes,
 * so a page is rendered once and then served from the cache.
 */
public final class StoryPage {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private StoryPage() {}

  public static String story(PublicStory s, Masthead paper, String contextPath, String canonicalUrl) {
    StringBuilder html = head(s.killed() ? "Story withdrawn" : s.headline(), paper, contextPath, canonicalUrl, s.killed());
    if (!s.killed()) {
      html.append("<script type=\"application/ld+json\">").append(jsonLd(s, paper, canonicalUrl)).append("</script>\n");
    }
    html.append("</head>\n<body>\n");
    masthead(html, paper, contextPath);
    html.append("<main id=\"main\">\n<article class=\"story\">\n");
    if (s.killed()) {
      html.append("<h1>Story withdrawn</h1>\n<div class=\"retraction\" role=\"note\"><p>")
          .append(escape(paper.name()))
          .append(" has withdrawn this story.</p>");
      if (s.killReason() != null && !s.killReason().isBlank()) {
        html.append("<p class=\"reason\">").append(escape(s.killReason())).append("</p>");
      }
      html.append("</div>\n");
    } else {
      html.append("<h1>").append(escape(s.headline())).append("</h1>\n");
      if (s.standfirst() != null) {
        html.append("<p class=\"standfirst\">").append(escape(s.standfirst())).append("</p>\n");
      }
      photo(html, s, contextPath);
      html.append("<div class=\"byline\">");
      for (String line : s.bylineLines()) {
        html.append("<p>").append(escape(line)).append("</p>");
      }
      html.append("</div>\n<p class=\"dateline\">Published ").append(time(s.published()));
      if (s.modified() != null && s.published() != null && s.modified().isAfter(s.published())) {
        html.append(" · Updated ").append(time(s.modified()));
      }
      html.append("</p>\n<div class=\"body\">\n").append(s.body()).append("\n</div>\n");
      corrections(html, s.corrections());
    }
    html.append("</article>\n</main>\n");
    footer(html, paper, contextPath);
    return html.append("</body>\n</html>\n").toString();
  }

  public static String front(List<Teaser> stories, Masthead paper, String contextPath, String canonicalUrl) {
    StringBuilder html = head(paper.name(), paper, contextPath, canonicalUrl, false).append("</head>\n<body>\n");
    masthead(html, paper, contextPath);
    html.append("<main id=\"main\">\n<h1 class=\"visually-hidden\">Latest stories</h1>\n<ol class=\"front\">\n");
    for (Teaser t : stories) {
      html.append("<li><article><h2><a href=\"").append(escape(contextPath)).append("/news/").append(escape(t.slug())).append("\">")
          .append(escape(t.headline())).append("</a></h2>");
      if (t.standfirst() != null) {
        html.append("<p>").append(escape(t.standfirst())).append("</p>");
      }
      html.append("<p class=\"dateline\">").append(time(t.published())).append("</p></article></li>\n");
    }
    if (stories.isEmpty()) {
      html.append("<li class=\"empty\">Nothing has been published yet.</li>\n");
    }
    html.append("</ol>\n</main>\n");
    footer(html, paper, contextPath);
    return html.append("</body>\n</html>\n").toString();
  }

  public static String notFound(Masthead paper, String contextPath) {
    StringBuilder html = head("Story not found", paper, contextPath, null, true).append("</head>\n<body>\n");
    masthead(html, paper, contextPath);
    html.append("<main id=\"main\"><h1>Story not found</h1><p>There is no published story at this address. ")
        .append("<a href=\"").append(escape(contextPath)).append("/\">See the latest stories</a>.</p></main>\n");
    footer(html, paper, contextPath);
    return html.append("</body>\n</html>\n").toString();
  }

  private static StringBuilder head(String title, Masthead paper, String contextPath, String canonicalUrl, boolean noIndex) {
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append(" · ").append(escape(paper.name())).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath)).append("/resources/copydesk/public.css\">\n")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(escape(paper.name()))
        .append("\" href=\"").append(escape(contextPath)).append("/feeds/rss.xml\">\n")
        .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(escape(paper.name()))
        .append("\" href=\"").append(escape(contextPath)).append("/feeds/atom.xml\">\n");
    if (canonicalUrl != null) {
      html.append("<link rel=\"canonical\" href=\"").append(escape(canonicalUrl)).append("\">\n");
    }
    if (noIndex) {
      html.append("<meta name=\"robots\" content=\"noindex\">\n");
    }
    return html;
  }

  private static void masthead(StringBuilder html, Masthead paper, String contextPath) {
    html.append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header class=\"masthead\">\n<a class=\"paper\" href=\"")
        .append(escape(contextPath)).append("/\">").append(escape(paper.name())).append("</a>\n<p class=\"edition\">")
        .append(escape(paper.city()));
    if (paper.established() != null && !paper.established().isBlank()) {
      html.append(" · Est. ").append(escape(paper.established()));
    }
    html.append("</p>\n</header>\n");
  }

  private static void footer(StringBuilder html, Masthead paper, String contextPath) {
    html.append("<footer class=\"colophon\"><p>© ").append(escape(paper.name())).append(", ").append(escape(paper.city()))
        .append(" · <a href=\"").append(escape(contextPath)).append("/feeds/rss.xml\">RSS</a> · <a href=\"")
        .append(escape(contextPath)).append("/app/desk.xhtml\">Newsroom sign-in</a></p></footer>\n");
  }

  private static void photo(StringBuilder html, PublicStory s, String contextPath) {
    if (s.photoCaption() == null && s.photoRef() == null) {
      return;
    }
    html.append("<figure class=\"lead-photo\">");
    // Only addresses a browser can load are shown as images; a wire picture not yet in the
    // newsroom's media store still gets its caption and credit.
    if (s.photoRef() != null && s.photoRef().matches("https?://\\S+")) {
      html.append("<img src=\"").append(escape(s.photoRef())).append("\" alt=\"").append(escape(s.photoCaption())).append("\">");
    } else if (PhotoRefs.isUploaded(s.photoRef())) {
      html.append("<img src=\"").append(escape(contextPath)).append("/media/").append(s.photoRef()).append("\" alt=\"")
          .append(escape(s.photoCaption())).append("\">");
    }
    html.append("<figcaption>");
    if (s.photoCaption() != null) {
      html.append(escape(s.photoCaption()));
    }
    if (s.photoCredit() != null && !s.photoCredit().render().isEmpty()) {
      html.append(" <span class=\"credit\">").append(escape(s.photoCredit().render())).append("</span>");
    }
    html.append("</figcaption></figure>\n");
  }

  private static void corrections(StringBuilder html, List<PublicStory.Correction> corrections) {
    if (corrections.isEmpty()) {
      return;
    }
    html.append("<section class=\"corrections\" aria-labelledby=\"corrections\">\n<h2 id=\"corrections\">Corrections and updates</h2>\n<ul>\n");
    for (PublicStory.Correction c : corrections) {
      html.append("<li><strong>").append(label(c.kind())).append("</strong> <span class=\"when\">(")
          .append(time(c.at())).append(")</span>: ").append(escape(c.text())).append("</li>\n");
    }
    html.append("</ul>\n</section>\n");
  }

  private static String label(String kind) {
    return kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String time(OffsetDateTime t) {
    if (t == null) {
      return "";
    }
    OffsetDateTime utc = t.withOffsetSameInstant(ZoneOffset.UTC);
    return "<time datetime=\"" + utc.toInstant() + "\">" + SHOWN.format(utc) + "</time>";
  }

  /** schema.org NewsArticle; "<" is escaped so no text can close the script element. */
  static String jsonLd(PublicStory s, Masthead paper, String url) {
    JsonArrayBuilder authors = Json.createArrayBuilder();
    s.authors().forEach(name -> authors.add(Json.createObjectBuilder().add("@type", "Person").add("name", name)));
    String credit = String.join(" ", s.bylineLines());
    if (s.photoCredit() != null && !s.photoCredit().render().isEmpty()) {
      credit = credit + " Photo: " + s.photoCredit().render();
    }
    JsonObjectBuilder article =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("headline", s.headline())
            .add("url", url)
            .add("author", authors)
            .add("datePublished", s.published().toInstant().toString())
            .add("dateModified", s.modified().toInstant().toString())
            .add("creditText", credit.strip())
            .add("copyrightHolder", Json.createObjectBuilder().add("@type", "Organization")
                .add("name", s.copyrightHolder() == null ? paper.name() : s.copyrightHolder()))
            .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", paper.name()));
    if (s.standfirst() != null) {
      article.add("description", s.standfirst());
    }
    if (!s.corrections().isEmpty()) {
      JsonArrayBuilder notes = Json.createArrayBuilder();
      s.corrections().forEach(c -> notes.add(Json.createObjectBuilder().add("@type", "CorrectionComment")
          .add("text", label(c.kind()) + ": " + c.text()).add("datePublished", c.at().toInstant().toString())));
      article.add("correction", notes);
    }
    return article.build().toString().replace("<", "\\u003c");
  }
}
