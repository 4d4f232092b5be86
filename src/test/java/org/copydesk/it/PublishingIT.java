package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What readers get: the public page always shows the published revision; corrections need a
 * second editor and are listed; a kill shows a retraction and leaves the feeds; conditional GETs;
 * scheduling, unscheduling and embargoes through the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingIT {

  static final long AP = 1;
  static final long TNS = 6;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private HttpResponse<String> page(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static jakarta.json.JsonObjectBuilder wireStory(String headline, String body) {
    return Json.createObjectBuilder()
        .add("headline", headline)
        .add("standfirst", "Delegates agreed a compromise.")
        .add("body", body)
        .add("contributors", Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "Tomas Vellinga").add("role", "WRITER").add("wireServiceId", AP))
            .add(Json.createObjectBuilder().add("name", "Aisha Rahimi").add("role", "WRITER").add("wireServiceId", AP)))
        .add("distributorId", TNS)
        .add("photoRef", "wire/ap/summit.jpg")
        .add("photoCaption", "Delegates arrive at the summit hall on Tuesday.")
        .add("photoCredit", Json.createObjectBuilder().add("photographer", "Lena Ortiz").add("agency", "AP").add("distributor", "TNS"));
  }

  /** A story written by rita, approved by eddie, signed off by fran: READY. */
  private JsonObject ready(jakarta.json.JsonObjectBuilder story) {
    Answer created = api.post("rita", "stories", story);
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
    api.verifyAllClaims(id);
    Answer ready = api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF"));
    assertEquals(200, ready.status(), ready.toString());
    return ready.json();
  }

  private static String unique(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private static JsonObject jsonLd(Document page) {
    return Json.createReader(new StringReader(page.select("script[type=application/ld+json]").html())).readObject();
  }

  @Test
  void thePublicPageShowsThePublishedRevisionUntilASecondEditorApprovesTheCorrection() throws Exception {
    String headline = unique("Fisheries summit backs quota cut");
    JsonObject story = ready(wireStory(headline, "<p>Countries agreed on Wednesday to cut the quota by 15 percent.</p>"));
    long id = story.getJsonNumber("id").longValue();
    String slug = story.getString("slug");
    assertEquals(404, page("news/" + slug).statusCode(), "nothing public before publication");
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH")).status());

    HttpResponse<String> live = page("news/" + slug);
    assertEquals(200, live.statusCode());
    Document doc = Jsoup.parse(live.body());
    assertEquals(headline, doc.select("h1").text());
    assertTrue(doc.select(".masthead").text().contains("The Harbourton Courier"));
    assertTrue(doc.select(".masthead").text().contains("Est. 1887"));
    String byline = doc.select(".byline").text();
    assertTrue(byline.contains("Tomas Vellinga and Aisha Rahimi"), byline);
    assertTrue(byline.contains("Associated Press"), byline);
    assertTrue(byline.contains("Tribune News Service"), byline);
    assertTrue(doc.select("figcaption .credit").text().equals("(Lena Ortiz/AP/TNS)"), doc.select("figcaption").text());
    assertTrue(doc.select(".body").text().contains("15 percent"));
    JsonObject ld = jsonLd(doc);
    assertEquals("NewsArticle", ld.getString("@type"));
    assertEquals(headline, ld.getString("headline"));
    assertEquals("Associated Press", ld.getJsonObject("copyrightHolder").getString("name"));
    assertEquals(2, ld.getJsonArray("author").size());
    String etag = live.headers().firstValue("ETag").orElseThrow();
    JsonObject ninjs = api.get("rita", "stories/" + id + "/ninjs").json();
    assertEquals("1", ninjs.getString("version"));
    assertEquals("usable", ninjs.getString("pubStatus"));
    assertEquals("Associated Press", ninjs.getString("copyrightHolder"));

    Answer draft = api.post("eddie", "stories/" + id + "/revisions",
        wireStory(headline, "<p>Countries agreed on Thursday to cut the quota by 15 percent.</p>").add("baseRevision", 1));
    assertEquals(201, draft.status(), draft.toString());
    assertEquals("PUBLISHED", draft.json().getString("state"));
    HttpResponse<String> still = page("news/" + slug);
    assertTrue(still.body().contains("on Wednesday"), "the live page keeps the published revision");
    assertEquals(etag, still.headers().firstValue("ETag").orElseThrow());

    // Built once as text: a JSON-P builder empties itself when built.
    String correct = Json.createObjectBuilder().add("transition", "CORRECT").add("correctionKind", "CORRECTION")
        .add("comment", "An earlier version of this story gave the wrong day for the agreement.").build().toString();
    Answer own = api.post("eddie", "stories/" + id + "/transitions", correct);
    assertEquals(403, own.status(), "the correction's author may not approve it: " + own);
    Answer noNotice = api.post("erin", "stories/" + id + "/transitions", Api.transition("CORRECT"));
    assertEquals(400, noNotice.status(), noNotice.toString());
    assertEquals(409, api.post("erin", "stories/" + id + "/transitions", correct).status(), "the changed claims must be checked first");
    api.verifyAllClaims(id);
    Answer corrected = api.post("erin", "stories/" + id + "/transitions", correct);
    assertEquals(200, corrected.status(), corrected.toString());
    assertEquals(2, corrected.json().getInt("publishedRevision"));
    assertEquals("2", api.get("rita", "stories/" + id + "/ninjs").json().getString("version"), "the export carries a version bump");

    HttpResponse<String> after = page("news/" + slug);
    Document fixed = Jsoup.parse(after.body());
    assertTrue(fixed.select(".body").text().contains("on Thursday"));
    assertTrue(fixed.select(".corrections").text().contains("gave the wrong day"));
    assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    assertEquals("Correction: An earlier version of this story gave the wrong day for the agreement.",
        jsonLd(fixed).getJsonArray("correction").getJsonObject(0).getString("text"));
  }

  @Test
  void conditionalRequestsAnswerNotModified() throws Exception {
    JsonObject story = ready(wireStory(unique("Conditional"), "<p>Text.</p>"));
    api.post("eddie", "stories/" + story.getJsonNumber("id") + "/transitions", Api.transition("PUBLISH"));
    HttpResponse<String> first = page("news/" + story.getString("slug"));
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(304, page("news/" + story.getString("slug"), "If-None-Match", etag).statusCode());
    assertEquals(304, page("news/" + story.getString("slug"), "If-Modified-Since", lastModified).statusCode());
    assertEquals(200, page("news/" + story.getString("slug"), "If-None-Match", "\"other\"").statusCode());
    HttpResponse<String> feed = page("feeds/rss.xml");
    assertEquals(304, page("feeds/rss.xml", "If-None-Match", feed.headers().firstValue("ETag").orElseThrow()).statusCode());
    assertEquals(404, page("news/no-such-story-" + UUID.randomUUID()).statusCode());
  }

  @Test
  void aKillShowsARetractionAndTakesTheStoryOutOfTheFeeds() throws Exception {
    String headline = unique("Story to be killed");
    JsonObject story = ready(wireStory(headline, "<p>Claims that did not hold.</p>"));
    long id = story.getJsonNumber("id").longValue();
    api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH"));
    assertTrue(page("feeds/rss.xml").body().contains(headline));
    assertTrue(page("feeds/atom.xml").body().contains(headline));
    assertTrue(page("").body().contains(headline), "on the front page");

    assertEquals(400, api.post("eddie", "stories/" + id + "/transitions", Api.transition("KILL")).status(), "a kill needs a reason");
    Answer killed = api.post("eddie", "stories/" + id + "/transitions",
        Json.createObjectBuilder().add("transition", "KILL").add("comment", "The main source withdrew the account."));
    assertEquals(200, killed.status(), killed.toString());

    Document retraction = Jsoup.parse(page("news/" + story.getString("slug")).body());
    assertEquals("Story withdrawn", retraction.select("h1").text());
    assertTrue(retraction.text().contains("The main source withdrew the account."));
    assertFalse(retraction.text().contains("Claims that did not hold."));
    for (String feed : List.of("feeds/rss.xml", "feeds/atom.xml")) {
      HttpResponse<String> xml = page(feed);
      assertFalse(xml.body().contains(headline), feed);
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
    }
    assertFalse(page("").body().contains(headline));
    List<String> actions = api.get("eddie", "stories/" + id + "/audit").array().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("action")).toList();
    assertEquals("KILL", actions.get(actions.size() - 1));
  }

  @Test
  void schedulingUnschedulingAndEmbargoesAreEnforcedByTheServer() throws Exception {
    JsonObject story = ready(wireStory(unique("Embargoed report"), "<p>Figures under embargo.</p>"));
    long id = story.getJsonNumber("id").longValue();
    String path = "stories/" + id + "/transitions";
    assertEquals(404, api.get("eddie", "stories/" + id + "/ninjs").status(), "nothing to export before publication");

    Answer past = api.post("eddie", path, Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", "2020-01-01T00:00:00Z"));
    assertEquals(400, past.status(), past.toString());
    assertEquals(400, api.post("eddie", path, Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", "tomorrow")).status());
    String later = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
    Answer scheduled = api.post("eddie", path, Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", later));
    assertEquals(200, scheduled.status(), scheduled.toString());
    assertEquals("SCHEDULED", scheduled.json().getString("state"));
    assertEquals(403, api.post("rita", path, Api.transition("UNSCHEDULE")).status());
    assertEquals("READY", api.post("eddie", path, Api.transition("UNSCHEDULE")).json().getString("state"));

    OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4);
    assertEquals(403, api.post("rita", "stories/" + id + "/embargo", Json.createObjectBuilder().add("until", until.toString())).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/embargo", Json.createObjectBuilder().add("until", until.toString())).status());
    Answer early = api.post("eddie", path, Api.transition("PUBLISH"));
    assertEquals(409, early.status(), early.toString());
    assertEquals("EMBARGO_IN_FORCE", early.json().getString("refusal"));
    assertTrue(early.json().getString("detail").contains(until.toString().substring(0, 16)), early.json().getString("detail"));

    Answer atEmbargo = api.post("eddie", path, Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", until.plusSeconds(1).toString()));
    assertEquals(200, atEmbargo.status(), atEmbargo.toString());
    long deadline = System.currentTimeMillis() + 30_000;
    String state = "SCHEDULED";
    while (!state.equals("PUBLISHED") && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
      state = api.get("eddie", "stories/" + id).json().getString("state");
    }
    assertEquals("PUBLISHED", state, "the server publishes it when the time comes");
    JsonObject published = api.get("eddie", "stories/" + id).json();
    assertFalse(OffsetDateTime.parse(published.getString("publishedAt")).isBefore(until), "never before the embargo");
    List<JsonObject> entries = api.get("eddie", "stories/" + id + "/audit").array().getValuesAs(JsonObject.class);
    JsonObject last = entries.get(entries.size() - 1);
    assertEquals("system", last.getString("actor"));
    assertEquals("PUBLISH", last.getString("action"));
  }

  @Test
  void revisionsCanBeComparedWordByWord() {
    String headline = unique("Compare");
    Answer created = api.post("rita", "stories", Api.story(headline, "<p>The bridge closes on Monday.</p>"));
    long id = created.json().getJsonNumber("id").longValue();
    api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>The bridge closes on Tuesday.</p>"));
    JsonObject diff = api.get("rita", "stories/" + id + "/diff?from=1&to=2").json();
    List<String> body = diff.getJsonArray("body").getValuesAs(JsonObject.class).stream().map(c -> c.getString("op") + ":" + c.getString("text")).toList();
    assertEquals(List.of("EQUAL:The bridge closes on ", "DELETE:Monday.", "INSERT:Tuesday."), body);
    assertEquals(400, api.get("rita", "stories/" + id + "/diff?from=1").status());
    assertEquals(404, api.get("rita", "stories/" + id + "/diff?from=1&to=7").status());
  }

  private static java.util.Map<String, int[]> usage(Api api, String from, String to) {
    java.util.Map<String, int[]> out = new java.util.HashMap<>();
    for (JsonObject line : api.get("eddie", "reports/usage?from=" + from + "&to=" + to).array().getValuesAs(JsonObject.class)) {
      out.put(line.getString("name"), new int[] {line.getInt("stories"), line.getInt("photos")});
    }
    return out;
  }

  @Test
  void theRegistryIsKeptByAdminsAndTheUsageReportCountsCreditedPublications() {
    String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
    java.util.Map<String, int[]> before = usage(api, today, today);
    JsonObject story = ready(wireStory(unique("Usage counted"), "<p>Text.</p>"));
    assertEquals(200, api.post("eddie", "stories/" + story.getJsonNumber("id") + "/transitions", Api.transition("PUBLISH")).status());
    java.util.Map<String, int[]> after = usage(api, today, today);
    assertEquals(before.get("Associated Press")[0] + 1, after.get("Associated Press")[0], "an AP story");
    assertEquals(before.get("Associated Press")[1] + 1, after.get("Associated Press")[1], "an AP photo");
    assertEquals(before.get("Tribune News Service")[0] + 1, after.get("Tribune News Service")[0], "distributed by TNS");
    assertEquals(before.get("Reuters")[0], after.get("Reuters")[0]);
    assertEquals(400, api.get("eddie", "reports/usage?from=" + today + "&to=2001-01-01").status());
    assertEquals(400, api.get("eddie", "reports/usage?from=yesterday&to=" + today).status());
    assertEquals(403, api.get("rita", "reports/usage?from=" + today + "&to=" + today).status());

    assertTrue(api.get("rita", "wire-services").array().getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("shortName").equals("AP")));
    String name = "Harbour Wire " + UUID.randomUUID().toString().substring(0, 6);
    String shortName = "HW" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    var entry = Json.createObjectBuilder().add("name", name).add("shortName", shortName).add("kind", "NEWS_AGENCY")
        .add("creditFormat", "By {writers}, Harbour Wire").add("usageTerms", "Pay per story.").add("active", true).build().toString();
    assertEquals(403, api.post("eddie", "wire-services", entry).status(), "administrators keep the registry");
    Answer created = api.post("ada", "wire-services", entry);
    assertEquals(201, created.status(), created.toString());
    assertEquals(409, api.post("ada", "wire-services", entry).status(), "names are unique");
    assertEquals(400, api.post("ada", "wire-services", "{\"name\":\"\",\"shortName\":\"X\",\"kind\":\"NEWS_AGENCY\"}").status());
    assertEquals(400, api.post("ada", "wire-services", "{\"name\":\"Y\",\"shortName\":\"Y\",\"kind\":\"RUMOUR_MILL\"}").status());
    long id = created.json().getJsonNumber("id").longValue();
    Answer updated = api.send("ada", "wire-services/" + id, Json.createObjectBuilder().add("name", name).add("shortName", shortName)
        .add("kind", "SYNDICATE").add("active", false));
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("SYNDICATE", updated.json().getString("kind"));
    assertFalse(updated.json().getBoolean("active"));
  }
}
