package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow EJB under real principals: every call signs in over HTTP Basic as a demo user
 * (rita and robin report, eddie and erin edit, fran checks facts, ada administers) and goes
 * through the JSON API into the EJB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private long create(String user, String headline) {
    Answer created = api.post(user, "stories", Api.story(headline, "<p>First paragraph.</p><p>Second paragraph.</p>"));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private JsonObject story(long id) {
    Answer a = api.get("eddie", "stories/" + id);
    assertEquals(200, a.status(), a.toString());
    return a.json();
  }

  private Answer go(String user, long id, String transition) {
    return api.post(user, "stories/" + id + "/transitions", Api.transition(transition));
  }

  private static String unique(String what) {
    return what + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aStoryTravelsFromDraftToPublishedUnderFourPeople() {
    long id = create("rita", unique("Ferry timetable changes"));
    assertEquals(200, go("rita", id, "SUBMIT").status());
    Answer approved = go("eddie", id, "APPROVE");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("FACT_CHECK", approved.json().getString("state"));
    assertEquals(1, approved.json().getInt("approvedRevision"));
    assertEquals("eddie", approved.json().getString("approvedBy"));
    api.verifyAllClaims(id);
    assertEquals(200, go("fran", id, "SIGN_OFF").status());
    Answer published = go("eddie", id, "PUBLISH");
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.json().getString("state"));
    assertEquals(1, published.json().getInt("publishedRevision"));

    List<String> actions = api.get("eddie", "stories/" + id + "/audit").array().getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("actor") + ":" + e.getString("action")).filter(a -> !a.endsWith(":CLAIM")).toList();
    assertEquals(List.of("rita:CREATE", "rita:SUBMIT", "eddie:APPROVE", "fran:SIGN_OFF", "eddie:PUBLISH"), actions);
    JsonObject verification = api.get("eddie", "stories/" + id + "/audit/verification").json();
    assertTrue(verification.getBoolean("intact"));
    assertTrue(verification.getInt("entries") >= 5);
  }

  @Test
  void nobodyApprovesOrSignsOffTheirOwnRevision() {
    long id = create("eddie", unique("Editor's own story"));
    assertEquals(200, go("eddie", id, "SUBMIT").status());
    Answer self = go("eddie", id, "APPROVE");
    assertEquals(403, self.status(), self.toString());
    assertEquals("application/problem+json", self.contentType().split(";")[0]);
    assertEquals("OWN_REVISION", self.json().getString("refusal"));
    assertEquals("EDITING", story(id).getString("state"), "a refused approval changes nothing");
    assertEquals(2, api.get("eddie", "stories/" + id + "/audit").array().size(), "and writes no audit entry");

    assertEquals(200, go("erin", id, "APPROVE").status());
    assertEquals(403, go("robin", id, "SIGN_OFF").status(), "a reporter may not sign off");
    api.verifyAllClaims(id);
    assertEquals(200, go("fran", id, "SIGN_OFF").status());
  }

  @Test
  void anEditAfterApprovalReopensReviewAndTheOldApprovalCannotPublish() {
    String headline = unique("Library hours");
    long id = create("rita", headline);
    go("rita", id, "SUBMIT");
    go("eddie", id, "APPROVE");
    api.verifyAllClaims(id);
    go("fran", id, "SIGN_OFF");
    assertEquals("READY", story(id).getString("state"));

    Answer edit = api.post("erin", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>First paragraph, corrected.</p><p>Second paragraph.</p>"));
    assertEquals(201, edit.status(), edit.toString());
    JsonObject after = edit.json();
    assertEquals("EDITING", after.getString("state"));
    assertEquals(2, after.getInt("currentRevision"));
    assertEquals(1, after.getInt("approvedRevision"), "the approval stays with revision 1");

    Answer publish = go("eddie", id, "PUBLISH");
    assertEquals(409, publish.status(), publish.toString());
    assertEquals("WRONG_STATE", publish.json().getString("refusal"));
    assertEquals(403, go("erin", id, "APPROVE").status(), "erin wrote revision 2");
    assertEquals(200, go("eddie", id, "APPROVE").status());
    assertEquals(2, story(id).getInt("approvedRevision"));
  }

  @Test
  void aStaleSaveIsRefusedAndHandsTheTextBack() {
    String headline = unique("Council vote");
    long id = create("rita", headline);
    assertEquals(201, api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>Eddie's version.</p>")).status());

    Answer stale = api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>My unsaved words.</p>"));
    assertEquals(409, stale.status(), stale.toString());
    JsonObject problem = stale.json();
    assertEquals("story.save.stale", problem.getString("key"));
    assertEquals(1, problem.getInt("baseRevision"));
    assertEquals(2, problem.getInt("currentRevision"));
    assertEquals("<p>My unsaved words.</p>", problem.getJsonObject("refused").getString("body"));
    assertEquals(2, api.get("rita", "stories/" + id + "/revisions").array().size(), "nothing was written");
  }

  @Test
  void theRevisionListComesInPagesWithTheTotalAndALinkToTheNext() {
    String headline = unique("Paged history");
    long id = create("rita", headline);
    for (int base = 1; base <= 4; base++) {
      Answer saved = api.post("rita", "stories/" + id + "/revisions", Api.revision(base, headline, "<p>Version " + (base + 1) + ".</p>"));
      assertEquals(201, saved.status(), saved.toString());
    }
    List<Integer> seen = new ArrayList<>();
    String next = "stories/" + id + "/revisions?size=2";
    int pages = 0;
    while (next != null) {
      Answer page = api.get("eddie", next);
      assertEquals(200, page.status(), page.toString());
      assertEquals("5", page.header("X-Total-Count"));
      page.array().getValuesAs(JsonObject.class).forEach(r -> {
        seen.add(r.getInt("number"));
        assertFalse(r.containsKey("body") && !r.isNull("body"), "the list carries no bodies");
      });
      String link = page.header("Link");
      next = link == null ? null : link.substring(link.indexOf("/api/") + "/api/".length(), link.indexOf('>'));
      if (link != null) {
        assertTrue(link.contains("rel=\"next\""), link);
      }
      pages++;
    }
    assertEquals(List.of(5, 4, 3, 2, 1), seen, "newest first, each revision once");
    assertEquals(3, pages, "2 + 2 + 1");
    assertEquals(5, api.get("eddie", "stories/" + id + "/revisions").array().size(), "50 a page unless asked");

    for (String bad : List.of("size=0", "size=201", "first=-1")) {
      Answer refused = api.get("eddie", "stories/" + id + "/revisions?" + bad);
      assertEquals(400, refused.status(), bad + ": " + refused);
      assertEquals("application/problem+json", refused.contentType().split(";")[0]);
      assertEquals("api.revisions.page", refused.json().getString("key"), bad);
    }
    assertEquals(403, api.get("robin", "stories/" + id + "/revisions?size=2").status(), "a reporter does not see another's draft");
  }

  @Test
  void savingTheSameContentTwiceWritesNothing() {
    String headline = unique("Unchanged");
    long id = create("rita", headline);
    Answer same = api.post("rita", "stories/" + id + "/revisions", Api.story(headline, "<p>First paragraph.</p><p>Second paragraph.</p>").add("baseRevision", 1));
    assertEquals(200, same.status(), same.toString());
    assertEquals(1, same.json().getInt("currentRevision"));
  }

  @Test
  void eightConcurrentSavesOnOneBaseMakeExactlyOneRevision() throws Exception {
    String headline = unique("Race");
    long id = create("rita", headline);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int base = 1; base <= 4; base++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
          String body = "<p>Base " + base + ", writer " + writer + ".</p>";
          int b = base;
          String user = writer % 2 == 0 ? "rita" : "eddie";
          answers.add(pool.submit(() -> {
            start.await();
            return api.post(user, "stories/" + id + "/revisions", Api.revision(b, headline, body));
          }));
        }
        start.countDown();
        int created = 0;
        int stale = 0;
        for (Future<Answer> f : answers) {
          Answer a = f.get();
          if (a.status() == 201) {
            created++;
          } else if (a.status() == 409 && "story.save.stale".equals(a.json().getString("key"))) {
            stale++;
          } else {
            throw new AssertionError("unexpected answer " + a);
          }
        }
        assertEquals(1, created, "exactly one save wins on base " + base);
        assertEquals(7, stale);
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> numbers = api.get("eddie", "stories/" + id + "/revisions").array().getValuesAs(JsonObject.class).stream()
        .map(r -> r.getInt("number")).toList();
    assertEquals(List.of(5, 4, 3, 2, 1), numbers, "one revision per base, no duplicates, no gaps");
    Set<Integer> bases = new HashSet<>();
    api.get("eddie", "stories/" + id + "/revisions").array().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.containsKey("baseNumber") && !r.isNull("baseNumber")).forEach(r -> assertTrue(bases.add(r.getInt("baseNumber"))));
    assertTrue(api.get("eddie", "stories/" + id + "/audit/verification").json().getBoolean("intact"));
  }

  @Test
  void whoMayDoWhatIsEnforcedOnTheServer() {
    long robins = create("robin", unique("Robin's draft"));
    assertEquals(403, api.get("rita", "stories/" + robins).status(), "reporters do not see others' drafts");
    assertEquals(403, api.post("rita", "stories/" + robins + "/revisions", Api.revision(1, "Taken over", "<p>x</p>")).status());
    assertEquals(200, api.get("eddie", "stories/" + robins).status());
    assertEquals(403, api.post("fran", "stories", Api.story("Fact-checkers do not write", "<p>x</p>")).status());
    assertEquals(403, api.post("ada", "stories", Api.story("Admins do not write", "<p>x</p>")).status());
    long ritas = create("rita", unique("Rita's draft"));
    assertEquals(403, api.get("rita", "stories/" + ritas + "/audit").status(), "the audit trail is for editors");
    assertEquals(404, api.get("eddie", "stories/987654321").status());

    Answer anonymous = api.get(null, "stories");
    assertEquals(401, anonymous.status());
    assertEquals("application/problem+json", anonymous.contentType().split(";")[0]);
    assertEquals(401, api.get("rita:wrong", "stories").status());
  }

  @Test
  void badInputGetsAProblemAndCreatesNothing() {
    long before = api.get("eddie", "stories?size=1").json().getJsonNumber("total").longValue();
    Answer noHeadline = api.post("rita", "stories", Api.story(" ", "<p>Body</p>"));
    assertEquals(400, noHeadline.status(), noHeadline.toString());
    assertEquals("story.headline.required", noHeadline.json().getString("key"));
    assertEquals(400, api.post("rita", "stories", Api.story("x".repeat(301), "<p>Body</p>")).status());
    assertEquals(400, api.post("rita", "stories", "{not json").status());
    Answer badRole = api.post("rita", "stories", "{\"headline\":\"h\",\"body\":\"<p>b</p>\",\"contributors\":[{\"name\":\"A\",\"role\":\"BOSS\"}]}");
    assertEquals(400, badRole.status(), badRole.toString());
    assertEquals("credit.contributor.role", badRole.json().getString("key"));
    assertEquals(before, api.get("eddie", "stories?size=1").json().getJsonNumber("total").longValue());

    long id = create("rita", unique("Transitions"));
    assertEquals(400, go("rita", id, "TELEPORT").status());
    assertEquals(400, api.post("rita", "stories/" + id + "/revisions", Api.story("no base", "<p>x</p>")).status());
    Answer returned = go("eddie", id, "RETURN");
    assertEquals(409, returned.status(), "RETURN from DRAFT is a state problem first");
    go("rita", id, "SUBMIT");
    Answer noComment = go("eddie", id, "RETURN");
    assertEquals(400, noComment.status(), noComment.toString());
    assertEquals("COMMENT_REQUIRED", noComment.json().getString("refusal"));
    assertFalse(noComment.json().getString("detail").isBlank());
  }

  @Test
  void revisionsAreReadOneByOne() {
    String headline = unique("History");
    long id = create("rita", headline);
    api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>First paragraph.</p><p>Changed second.</p><script>alert(1)</script>"));
    JsonObject second = api.get("rita", "stories/" + id + "/revisions/2").json();
    assertEquals("<p>First paragraph.</p>\n<p>Changed second.</p>", second.getString("body"), "sanitised on the server");
    assertEquals(1, second.getInt("baseNumber"));
    assertEquals("rita", second.getString("author"));
    JsonObject first = api.get("rita", "stories/" + id + "/revisions/1").json();
    assertEquals("<p>First paragraph.</p>\n<p>Second paragraph.</p>", first.getString("body"), "revision 1 never changes");
    assertTrue(api.get("rita", "stories/" + id + "/revisions").array().getValuesAs(JsonObject.class).stream().allMatch(r -> !r.containsKey("body") || r.isNull("body")),
        "history lists carry no bodies");
    assertEquals(404, api.get("rita", "stories/" + id + "/revisions/9").status());
  }

  @Test
  void theDeskFiltersAndSearchesInTheDatabase() {
    String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
    // The word is in the body only, so the search reads the current revision's paragraphs.
    Answer created = api.post("robin", "stories", Api.story("Desk search", "<p>Harbour text with " + word + " inside.</p>\n<p>Tides.</p>"));
    long id = created.json().getJsonNumber("id").longValue();
    List<Long> found = api.get("eddie", "stories?text=" + word).json().getJsonArray("stories").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("id").longValue()).toList();
    assertEquals(List.of(id), found, "found by a word of its body");
    assertEquals(1, api.get("eddie", "stories?text=" + word.toUpperCase() + "&reporter=robin").json().getJsonNumber("total").longValue());
    assertEquals(0, api.get("eddie", "stories?text=" + word + "&reporter=rita").json().getJsonNumber("total").longValue());
    assertEquals(0, api.get("rita", "stories?text=" + word).json().getJsonNumber("total").longValue(), "robin's draft is not rita's to find");
    assertEquals(1, api.get("robin", "stories?text=" + word + "&view=MINE").json().getJsonNumber("total").longValue());
    assertEquals(1, api.get("robin", "stories?text=" + word + "&view=WAITING").json().getJsonNumber("total").longValue(), "a draft waits for its reporter");
    assertEquals(0, api.get("eddie", "stories?text=" + word + "&view=WAITING").json().getJsonNumber("total").longValue(), "not for an editor yet");
    api.post("robin", "stories/" + id + "/transitions", Api.transition("SUBMIT"));
    assertEquals(1, api.get("eddie", "stories?text=" + word + "&view=WAITING").json().getJsonNumber("total").longValue(), "now it is");
    assertEquals(0, api.get("eddie", "stories?text=" + word + "&wire=1").json().getJsonNumber("total").longValue(), "no AP credit");
    assertEquals(201, api.post("eddie", "stories/" + id + "/revisions", Api.revision(1, "Desk search", "<p>Tides.</p>")).status());
    assertEquals(0, api.get("eddie", "stories?text=" + word).json().getJsonNumber("total").longValue(), "a paragraph the story no longer has");
    assertEquals(1, api.get("eddie", "stories?text=tides").json().getJsonArray("stories").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("id").longValue() == id).count(), "a paragraph it kept");
    assertEquals(400, api.get("eddie", "stories?view=EVERYTHING").status());
    assertEquals(0, api.get("ada", "stories?view=WAITING").json().getJsonNumber("total").longValue(), "nothing waits for an administrator");
  }

  /**
   * Chinese runs a sentence together; a word inside one is found, in the body as first saved and in
   * a paragraph a later save adds (each writes its own words to the search index).
   */
  @Test
  void theDeskFindsAWordInsideTextWrittenWithoutSpaces() {
    // A name of its own for this run: hex digits written as Chinese numerals' neighbours.
    String name = UUID.randomUUID().toString().replace("-", "").substring(0, 6).chars()
        .mapToObj(c -> Character.toString(0x4E00 + Character.digit(c, 16)))
        .collect(java.util.stream.Collectors.joining());
    long id = api.post("robin", "stories", Api.story("会议", "<p>国际会议在" + name + "举行。</p>"))
        .json().getJsonNumber("id").longValue();
    assertEquals(List.of(id), search(name + "举行"), "a word in the middle of the sentence");
    assertEquals(201, api.post("robin", "stories/" + id + "/revisions",
        Api.revision(1, "会议", "<p>国际会议在" + name + "举行。</p><p>代表团抵达" + name + "机场。</p>")).status());
    assertEquals(List.of(id), search(name + "机场"), "a word of the paragraph the save added");
    assertEquals(List.of(), search(name + "发售"), "text the story does not have");
  }

  private List<Long> search(String text) {
    return api.get("eddie", "stories?text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
        .json().getJsonArray("stories").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("id").longValue()).toList();
  }
}
