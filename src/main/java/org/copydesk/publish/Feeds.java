package org.copydesk.publish;

import static org.copydesk.publish.Html.escape;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** RSS 2.0 and Atom 1.0 feeds of the newest published stories. Killed stories are not in them. */
public final class Feeds {

  private Feeds() {}

  public static String rss(List<Teaser> stories, Masthead paper, String siteUrl) {
    StringBuilder xml = new StringBuilder(8192);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
        .append("<title>").append(escape(paper.name())).append("</title>\n")
        .append("<link>").append(escape(siteUrl)).append("/</link>\n")
        .append("<description>The latest stories from ").append(escape(paper.name())).append(", ").append(escape(paper.city()))
        .append("</description>\n<language>en</language>\n")
        .append("<atom:link href=\"").append(escape(siteUrl)).append("/feeds/rss.xml\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    if (!stories.isEmpty()) {
      xml.append("<lastBuildDate>").append(rfc1123(newest(stories))).append("</lastBuildDate>\n");
    }
    for (Teaser t : stories) {
      String link = siteUrl + "/news/" + t.slug();
      xml.append("<item>\n<title>").append(escape(t.headline())).append("</title>\n<link>").append(escape(link))
          .append("</link>\n<guid isPermaLink=\"true\">").append(escape(link)).append("</guid>\n");
      if (t.standfirst() != null) {
        xml.append("<description>").append(escape(t.standfirst())).append("</description>\n");
      }
      xml.append("<pubDate>").append(rfc1123(t.published())).append("</pubDate>\n</item>\n");
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  public static String atom(List<Teaser> stories, Masthead paper, String siteUrl) {
    StringBuilder xml = new StringBuilder(8192);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        .append("<title>").append(escape(paper.name())).append("</title>\n")
        .append("<id>").append(escape(siteUrl)).append("/</id>\n")
        .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(siteUrl)).append("/feeds/atom.xml\"/>\n")
        .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(siteUrl)).append("/\"/>\n")
        .append("<updated>").append(stories.isEmpty() ? "1970-01-01T00:00:00Z" : newest(stories).toInstant().toString()).append("</updated>\n")
        .append("<author><name>").append(escape(paper.name())).append("</name></author>\n");
    for (Teaser t : stories) {
      String link = siteUrl + "/news/" + t.slug();
      xml.append("<entry>\n<title>").append(escape(t.headline())).append("</title>\n<id>").append(escape(link)).append("</id>\n")
          .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(link)).append("\"/>\n")
          .append("<published>").append(t.published().toInstant()).append("</published>\n")
          .append("<updated>").append(latest(t).toInstant()).append("</updated>\n");
      if (t.standfirst() != null) {
        xml.append("<summary>").append(escape(t.standfirst())).append("</summary>\n");
      }
      xml.append("</entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  private static OffsetDateTime newest(List<Teaser> stories) {
    return stories.stream().map(Feeds::latest).max(OffsetDateTime::compareTo).orElseThrow();
  }

  private static OffsetDateTime latest(Teaser t) {
    return t.modified() != null && t.modified().isAfter(t.published()) ? t.modified() : t.published();
  }

  private static String rfc1123(OffsetDateTime t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }
}
