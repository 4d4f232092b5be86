package org.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.credit.PhotoCredit;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class StoryPageTest {

  private static final Masthead PAPER = new Masthead("The Harbourton Courier", "Harbourton", "1887");
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.UTC);

  private static PublicStory story(boolean killed, List<PublicStory.Correction> corrections) {
    return new PublicStory(
        7, "ferry-timetable", killed, killed ? "The source recanted." : null, 2,
        "Ferry </script><script>alert(1)</script> times", "Hourly from Monday & more", "<p>The ferry runs hourly.</p>",
        List.of("By Iain Marlow and Andrea Palasciano, Bloomberg News", "Distributed by Tribune News Service"),
        List.of("Iain Marlow", "Andrea Palasciano"), "Bloomberg News", "demo/x.jpg", "Passengers board at dawn.",
        new PhotoCredit("Omar Havana", "Getty Images Europe", "TNS", null), PUBLISHED,
        corrections.isEmpty() ? PUBLISHED : corrections.get(0).at(), corrections);
  }

  private static JsonObject jsonLd(String html) {
    String json = html.substring(html.indexOf("application/ld+json\">") + 21, html.indexOf("</script>", html.indexOf("application/ld+json")));
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void aStoryPageCarriesEverythingANewspaperPrints() {
    String html = StoryPage.story(story(false, List.of()), PAPER, "/ctx", "http://news.example/ctx/news/ferry-timetable");
    assertThat(html)
        .contains("The Harbourton Courier", "Harbourton · Est. 1887")
        .contains("<h1>Ferry &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; times</h1>")
        .contains("Hourly from Monday &amp; more")
        .contains("Passengers board at dawn. <span class=\"credit\">(Omar Havana/Getty Images Europe/TNS)</span>")
        .contains("<p>By Iain Marlow and Andrea Palasciano, Bloomberg News</p>", "<p>Distributed by Tribune News Service</p>")
        .contains("<p>The ferry runs hourly.</p>")
        .doesNotContain("<img", "Corrections and updates");
    assertThat(html.indexOf("<script>alert")).as("the headline cannot open a script").isEqualTo(-1);
  }

  @Test
  void theJsonLdIsANewsArticleThatNoTextCanBreakOutOf() {
    String html = StoryPage.story(story(false, List.of()), PAPER, "", "http://news.example/news/ferry-timetable");
    JsonObject ld = jsonLd(html);
    assertThat(ld.getString("@type")).isEqualTo("NewsArticle");
    assertThat(ld.getString("headline")).isEqualTo("Ferry </script><script>alert(1)</script> times");
    assertThat(ld.getJsonArray("author").getJsonObject(1).getString("name")).isEqualTo("Andrea Palasciano");
    assertThat(ld.getString("datePublished")).isEqualTo("2026-11-25T09:30:00Z");
    assertThat(ld.getString("creditText")).contains("Bloomberg News").contains("(Omar Havana/Getty Images Europe/TNS)");
    assertThat(ld.getJsonObject("copyrightHolder").getString("name")).isEqualTo("Bloomberg News");
    assertThat(ld.containsKey("correction")).isFalse();
  }

  @Test
  void correctionsAreListedOnThePageAndInTheJsonLd() {
    OffsetDateTime at = PUBLISHED.plusHours(2);
    String html = StoryPage.story(story(false, List.of(new PublicStory.Correction("CORRECTION", "The ferry runs hourly, not half-hourly.", at))),
        PAPER, "", "http://x/news/ferry-timetable");
    assertThat(html).contains("Corrections and updates", "<strong>Correction</strong>", "The ferry runs hourly, not half-hourly.", "Updated ");
    JsonObject ld = jsonLd(html);
    assertThat(ld.getJsonArray("correction").getJsonObject(0).getString("text")).isEqualTo("Correction: The ferry runs hourly, not half-hourly.");
    assertThat(ld.getString("dateModified")).isEqualTo("2026-11-25T11:30:00Z");
  }

  @Test
  void aKilledStoryShowsARetractionInsteadOfTheText() {
    String html = StoryPage.story(story(true, List.of()), PAPER, "", "http://x/news/ferry-timetable");
    assertThat(html).contains("Story withdrawn", "The source recanted.", "noindex").doesNotContain("The ferry runs hourly", "ld+json", "Bloomberg");
  }

  @Test
  void feedsAreWellFormedXml() throws Exception {
    List<Teaser> teasers = List.of(new Teaser(1, "a-b", "Rates & <taxes>", "Dek \"quoted\"", PUBLISHED, PUBLISHED.plusMinutes(5)));
    for (String xml : List.of(Feeds.rss(teasers, PAPER, "http://x"), Feeds.atom(teasers, PAPER, "http://x"), Feeds.rss(List.of(), PAPER, "http://x"))) {
      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertThat(doc.getDocumentElement().getNodeName()).isIn("rss", "feed");
    }
    assertThat(Feeds.rss(teasers, PAPER, "http://x")).contains("<link>http://x/news/a-b</link>", "Rates &amp; &lt;taxes&gt;", "Wed, 25 Nov 2026 09:30:00 GMT");
    assertThat(Feeds.atom(teasers, PAPER, "http://x")).contains("<updated>2026-11-25T09:35:00Z</updated>");
  }
}
