package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wire ingest over the API with the real IPTC sample files: each becomes a draft with the right
 * credits; a repeat changes nothing, a newer version adds a revision, a canceled item blocks
 * publication; unreadable files get 400 with a problem body and create nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IngestIT {

  private static final Path SAMPLES = Path.of("src/test/resources/ingest");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private Answer upload(String user, byte[] body, String contentType) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/ingest"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Deployments.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  /** Ingests a sample (a repeat, from an earlier run or a twin sample, finds the same story) and returns its current revision. */
  private JsonObject[] ingestSample(String file) throws Exception {
    byte[] bytes = Files.readAllBytes(SAMPLES.resolve(file));
    Answer a = upload("eddie", bytes, file.endsWith(".xml") ? "application/xml" : "application/json");
    assertTrue(a.status() == 201 || a.status() == 200, file + ": " + a);
    JsonObject result = a.json();
    assertTrue(Set.of("CREATED", "UNCHANGED").contains(result.getString("outcome")), file + ": " + a);
    assertEquals(a.status() == 201, result.getString("outcome").equals("CREATED"));
    Api api = new Api(base);
    long id = result.getJsonNumber("storyId").longValue();
    JsonObject story = api.get("eddie", "stories/" + id).json();
    JsonObject revision = api.get("eddie", "stories/" + id + "/revisions/" + story.getInt("currentRevision")).json();
    Answer again = upload("eddie", bytes, "application/octet-stream");
    assertEquals("UNCHANGED", again.json().getString("outcome"), "the same version twice changes nothing");
    assertEquals(story.getInt("currentRevision"), api.get("eddie", "stories/" + id).json().getInt("currentRevision"));
    return new JsonObject[] {story, revision};
  }

  private static List<String> names(JsonObject revision) {
    return revision.getJsonArray("contributors").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
  }

  private static boolean allFromAWire(JsonObject revision) {
    return revision.getJsonArray("contributors").getValuesAs(JsonObject.class).stream()
        .allMatch(c -> c.containsKey("wireServiceId") && !c.isNull("wireServiceId"));
  }

  @Test
  void ninjs14ComplexText() throws Exception {
    JsonObject[] s = ingestSample("ninjs/v1.4-ninjsExComplex1.json");
    assertEquals("Captain of wrecked cruise ship on trial in Italy", s[1].getString("headline"));
    assertTrue(names(s[1]).containsAll(List.of("Paulo Santalucia", "Frances d'Emilio")), names(s[1]).toString());
    assertEquals("Paulo Santalucia and Frances d'Emilio", s[1].getString("bylineRaw"));
    assertEquals("DRAFT", s[0].getString("state"));
    assertNotNull(s[1].getJsonObject("photoCredit"), "the associated picture keeps its credit");
  }

  @Test
  void ninjs14MediumText() throws Exception {
    JsonObject[] s = ingestSample("ninjs/v1.4-ninjsExMediumText1.json");
    assertEquals("Captain of wrecked cruise ship on trial in Italy", s[1].getString("headline"));
    assertTrue(names(s[1]).contains("Paulo Santalucia"));
  }

  @Test
  void ninjs21SimpleText() throws Exception {
    JsonObject[] s = ingestSample("ninjs/v2.1-ninjsExSimpleText_2.json");
    assertTrue(names(s[1]).containsAll(List.of("Paulo Santalucia", "Frances d'Emilio")));
    assertTrue(s[1].getString("body").contains("<p>"), "the body arrives, sanitised");
  }

  @Test
  void ninjs21AndNinjs30ApPicturesAreOneStory() throws Exception {
    JsonObject[] v2 = ingestSample("ninjs/v2.1-ap_image.json");
    JsonObject[] v3 = ingestSample("ninjs/v3.0-ap_image.json");
    assertEquals(v2[0].getJsonNumber("id"), v3[0].getJsonNumber("id"), "the same wire id and version");
    assertEquals("Turkey Islamic State", v2[1].getString("headline"));
    assertEquals("This content is intended for editorial use only. For other uses, additional clearances may be required.",
        v2[0].getString("wireUsageTerms"));
    assertTrue(v2[1].getJsonObject("photoCredit").getString("rendered").startsWith("("), v2[1].toString());
    assertTrue(allFromAWire(v2[1]), "wire photographers are credited to their agency");
  }

  @Test
  void ninjs21AndNinjs30NtbText() throws Exception {
    JsonObject[] v2 = ingestSample("ninjs/v2.1-ntb_text.json");
    JsonObject[] v3 = ingestSample("ninjs/v3.0-ntb_text.json");
    assertEquals(v2[0].getJsonNumber("id"), v3[0].getJsonNumber("id"));
    assertEquals("Google har kjøpt giganttomt i Skien", v3[1].getString("headline"));
    assertEquals("NTB", v3[0].getString("wireCopyright"));
    assertEquals(List.of("NTB"), names(v3[1]), "an agency byline credits the agency");
    assertTrue(allFromAWire(v3[1]));
  }

  @Test
  void ninjs21AndNinjs30TtTextWithPicture() throws Exception {
    JsonObject[] v2 = ingestSample("ninjs/v2.1-tt_text_image_2.json");
    JsonObject[] v3 = ingestSample("ninjs/v3.0-tt_text_image_3.json");
    assertEquals(v2[0].getJsonNumber("id"), v3[0].getJsonNumber("id"));
    assertEquals("Militärövning i jätteformat hålls 2023", v3[1].getString("headline"));
    assertEquals("TT", v3[0].getString("wireCopyright"));
    assertTrue(v3[1].getString("photoRef").startsWith("https://beta.tt.se/"), v3[1].getString("photoRef"));
  }

  @Test
  void ninjs30SipaPicture() throws Exception {
    JsonObject[] s = ingestSample("ninjs/v3.0-SIPA_image_3.json");
    assertEquals("(Samantha Zucchi/Insidefoto/Sipa USA)", s[1].getJsonObject("photoCredit").getString("rendered"));
    assertEquals("*** World Rights Except Italy ***", s[0].getString("wireUsageTerms"));
    assertEquals("SIPA USA", s[0].getString("wireCopyright"));
  }

  @Test
  void newsMlG2EmbargoedText() throws Exception {
    JsonObject[] s = ingestSample("newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml");
    assertEquals("Fed to halt QE to avert \"bubble\"", s[1].getString("headline"));
    assertEquals("2018-10-23T12:00Z", s[0].getString("embargoUntil"));
    assertEquals("Example Enews LLP", s[0].getString("wireCopyright"));
    assertEquals("Not for use outside the United States", s[0].getString("wireUsageTerms"));
    assertEquals("11", s[0].getString("wireVersion"));
  }

  @Test
  void newsMlG2GettyPicture() throws Exception {
    JsonObject[] s = ingestSample("newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml");
    assertEquals("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred", s[1].getString("headline"));
    JsonObject credit = s[1].getJsonObject("photoCredit");
    assertEquals("Spencer Platt", credit.getString("photographer"));
    assertEquals("Getty Images", credit.getString("agency"));
    assertEquals("Photo by Spencer Platt/Getty Images", credit.getString("raw"));
    assertEquals("Getty Images North America", s[0].getString("wireCopyright"));
  }

  @Test
  void aNewerVersionAddsARevisionAndACanceledItemCannotBePublished() throws Exception {
    String id = "urn:copydesk-test:" + System.nanoTime();
    String v1 = "{\"uri\":\"" + id + "\",\"type\":\"text\",\"version\":\"1\",\"headlines\":[{\"role\":\"main\",\"value\":\"Harbour fire\"}],"
        + "\"bodies\":[{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":\"<p>A fire broke out.</p>\"}],\"by\":\"By Jane Roe, Reuters\"}";
    Answer created = upload("eddie", v1.getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(201, created.status(), created.toString());
    long storyId = created.json().getJsonNumber("storyId").longValue();
    Api api = new Api(base);
    JsonObject first = api.get("eddie", "stories/" + storyId + "/revisions/1").json();
    assertEquals(List.of("Jane Roe"), names(first));
    assertTrue(allFromAWire(first), "credited to Reuters");

    Answer updated = upload("eddie", v1.replace("\"version\":\"1\"", "\"version\":\"2\"").replace("broke out", "broke out at dawn")
        .getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals("UPDATED", updated.json().getString("outcome"), updated.toString());
    assertEquals(2, updated.json().getInt("revision"));
    assertTrue(api.get("eddie", "stories/" + storyId + "/revisions/2").json().getString("body").contains("at dawn"));
    assertEquals(409, upload("eddie", v1.getBytes(StandardCharsets.UTF_8), "application/json").status(), "an older version is refused");

    Answer canceled = upload("eddie", v1.replace("\"version\":\"1\"", "\"version\":\"3\",\"pubStatus\":\"canceled\"")
        .getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals("WITHDRAWN", canceled.json().getString("outcome"), canceled.toString());
    assertEquals("CANCELED", api.get("eddie", "stories/" + storyId).json().getString("wireStatus"));
    api.post("eddie", "stories/" + storyId + "/transitions", Api.transition("SUBMIT"));
    api.post("erin", "stories/" + storyId + "/transitions", Api.transition("APPROVE"));
    api.verifyAllClaims(storyId);
    assertEquals(200, api.post("fran", "stories/" + storyId + "/transitions", Api.transition("SIGN_OFF")).status());
    Answer publish = api.post("erin", "stories/" + storyId + "/transitions", Api.transition("PUBLISH"));
    assertEquals(409, publish.status(), publish.toString());
    assertEquals("WIRE_WITHDRAWN", publish.json().getString("refusal"));
  }

  @Test
  void unreadableFilesAreRefusedWithAProblemAndCreateNothing() throws Exception {
    Api api = new Api(base);
    long before = api.get("eddie", "stories?size=1").json().getJsonNumber("total").longValue();
    Answer malformed = upload("eddie", "{\"uri\": \"x\", ".getBytes(StandardCharsets.UTF_8), "application/json");
    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals("application/problem+json", malformed.contentType().split(";")[0]);
    assertEquals("malformed-json", malformed.json().getString("reason"));
    assertTrue(malformed.json().getString("detail").contains("Nothing was created"));
    Answer xxe = upload("eddie", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\">&e;</newsItem>").getBytes(StandardCharsets.UTF_8), "application/xml");
    assertEquals(400, xxe.status(), xxe.toString());
    assertEquals("doctype-refused", xxe.json().getString("reason"));
    Answer wrongType = upload("eddie", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image/png");
    assertEquals(400, wrongType.status(), wrongType.toString());
    assertEquals("unknown-format", wrongType.json().getString("reason"));
    byte[] huge = new byte[6 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    huge[0] = '{';
    Answer tooLarge = upload("eddie", huge, "application/json");
    assertEquals(400, tooLarge.status(), tooLarge.toString());
    assertEquals(400, upload("eddie", new byte[0], "application/json").status());
    assertEquals(403, upload("rita", "{}".getBytes(StandardCharsets.UTF_8), "application/json").status(), "editors ingest");
    assertEquals(401, upload("nobody", "{}".getBytes(StandardCharsets.UTF_8), "application/json").status());
    assertEquals(before, api.get("eddie", "stories?size=1").json().getJsonNumber("total").longValue());
  }

  private static List<String> creditsOf(JsonObject revision) {
    return revision.getJsonArray("contributors").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("name") + "|" + c.getString("role") + "|" + (c.containsKey("wireServiceId") && !c.isNull("wireServiceId") ? c.getJsonNumber("wireServiceId") : "staff"))
        .toList();
  }

  private JsonObject[] storyAndRevision(long id) {
    Api api = new Api(base);
    JsonObject story = api.get("eddie", "stories/" + id).json();
    return new JsonObject[] {story, api.get("eddie", "stories/" + id + "/revisions/" + story.getInt("currentRevision")).json()};
  }

  private long reimport(String exported, String type) throws Exception {
    Answer a = upload("eddie", exported.getBytes(StandardCharsets.UTF_8), type);
    assertTrue(a.status() == 201 || a.status() == 200, a.toString());
    return a.json().getJsonNumber("storyId").longValue();
  }

  @Test
  void importExportImportKeepsEveryCredit() throws Exception {
    JsonObject[] original = ingestSample("ninjs/v3.0-tt_text_image_3.json");
    long id = original[0].getJsonNumber("id").longValue();
    Api api = new Api(base);

    Answer ninjs = api.get("eddie", "stories/" + id + "/export/ninjs");
    assertEquals(200, ninjs.status(), ninjs.toString());
    assertEquals(String.valueOf(original[0].getInt("currentRevision")), ninjs.json().getString("version"), "the version is the revision");
    JsonObject[] viaNinjs = storyAndRevision(reimport(ninjs.body(), "application/json"));
    assertEquals(creditsOf(original[1]), creditsOf(viaNinjs[1]), "writers and their wire services");
    assertEquals(original[0].getString("wireCopyright"), viaNinjs[0].getString("wireCopyright"));
    assertEquals(original[0].getString("wireUsageTerms", null), viaNinjs[0].getString("wireUsageTerms", null));
    assertEquals(original[1].getJsonObject("photoCredit").getString("rendered"), viaNinjs[1].getJsonObject("photoCredit").getString("rendered"));
    assertEquals(original[1].getString("photoCaption"), viaNinjs[1].getString("photoCaption"));

    Answer newsMl = api.get("eddie", "stories/" + id + "/export/newsml");
    assertEquals(200, newsMl.status(), newsMl.toString());
    JsonObject[] viaNewsMl = storyAndRevision(reimport(newsMl.body(), "application/xml"));
    assertEquals(creditsOf(original[1]), creditsOf(viaNewsMl[1]));
    assertEquals(original[0].getString("wireCopyright"), viaNewsMl[0].getString("wireCopyright"));
    Answer picture = api.get("eddie", "stories/" + id + "/export/newsml-picture");
    assertEquals(200, picture.status(), picture.toString());
    JsonObject[] viaPicture = storyAndRevision(reimport(picture.body(), "application/xml"));
    assertEquals(original[1].getJsonObject("photoCredit").getString("rendered"), viaPicture[1].getJsonObject("photoCredit").getString("rendered"),
        "NewsML-G2 carries the picture as an item of its own, with its credit");
  }
}
