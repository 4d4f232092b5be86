package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The fact-check desk over the API: claims found per revision, the sign-off gate, verdicts carried
 * over across revisions only for unchanged sentences, send-back with disputed claims, claims
 * added by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FactCheckIT {

  private static final String BODY =
      "<p>\"We had no choice but to raise the levy,\" Mayor Evelyn Strand said on Wednesday.</p>"
          + "<p>The council approved a budget of $412 million, up 3.8 percent from last year.</p>"
          + "<p>The vote was 7 to 2.</p>";

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

  private long storyInFactCheck(String body) {
    String headline = "Budget " + UUID.randomUUID().toString().substring(0, 8);
    Answer created = api.post("rita", "stories", Api.story(headline, body));
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
    return id;
  }

  private List<JsonObject> claims(String user, long id) {
    Answer a = api.get(user, "stories/" + id + "/claims");
    assertEquals(200, a.status(), a.toString());
    return a.array().getValuesAs(JsonObject.class);
  }

  private Answer judge(String user, long id, JsonObject claim, String status, String note) {
    var body = Json.createObjectBuilder().add("status", status);
    if (note != null) {
      body.add("note", note);
    }
    return api.put(user, "stories/" + id + "/claims/" + claim.getJsonNumber("id").longValue(), body);
  }

  private Answer go(String user, long id, String transition) {
    return api.post(user, "stories/" + id + "/transitions", Api.transition(transition));
  }

  @Test
  void everyRevisionHasItsClaimsAndSignOffWaitsForAllOfThem() {
    long id = storyInFactCheck(BODY);
    List<JsonObject> claims = claims("fran", id);
    Map<String, List<String>> byType = claims.stream().collect(Collectors.groupingBy(c -> c.getString("type"),
        Collectors.mapping(c -> c.getString("text"), Collectors.toList())));
    assertTrue(byType.get("QUOTE").stream().anyMatch(t -> t.contains("We had no choice")), byType.toString());
    assertTrue(claims.stream().filter(c -> c.getString("type").equals("QUOTE")).anyMatch(c -> c.getString("speaker", "").contains("Strand")));
    assertTrue(byType.get("FIGURE").stream().anyMatch(t -> t.contains("412 million")), byType.toString());
    assertTrue(byType.get("FIGURE").stream().anyMatch(t -> t.contains("3.8 percent")), byType.toString());
    assertTrue(byType.get("DATE").stream().anyMatch(t -> t.contains("Wednesday")), byType.toString());
    assertTrue(claims.stream().allMatch(c -> c.getString("status").equals("UNCHECKED")));

    Answer early = go("fran", id, "SIGN_OFF");
    assertEquals(409, early.status(), early.toString());
    assertEquals("CLAIMS_UNRESOLVED", early.json().getString("refusal"));

    assertEquals(403, judge("rita", id, claims.get(0), "VERIFIED", null).status(), "only fact-checkers give verdicts");
    assertEquals(403, judge("eddie", id, claims.get(0), "VERIFIED", null).status());
    assertEquals(400, judge("fran", id, claims.get(0), "MAYBE", null).status());
    assertEquals(400, api.put("fran", "stories/" + id + "/claims/" + claims.get(0).getJsonNumber("id"),
        Json.createObjectBuilder().add("status", "VERIFIED").add("sourceUrl", "javascript:alert(1)")).status());

    for (int i = 1; i < claims.size(); i++) {
      assertEquals(200, judge("fran", id, claims.get(i), "VERIFIED", null).status());
    }
    Answer disputed = judge("fran", id, claims.get(0), "DISPUTED", "The minutes do not say this.");
    assertEquals(200, disputed.status(), disputed.toString());
    assertEquals("fran", disputed.json().getString("checkedBy"));
    assertEquals(409, go("fran", id, "SIGN_OFF").status(), "a disputed claim still holds the sign-off");
    assertEquals(200, judge("fran", id, claims.get(0), "STRUCK", "Removed from the story.").status());
    Answer signed = go("fran", id, "SIGN_OFF");
    assertEquals(200, signed.status(), signed.toString());
    assertEquals("READY", signed.json().getString("state"));
    assertEquals(409, judge("fran", id, claims.get(0), "VERIFIED", null).status(), "verdicts are given while the story is with fact-check");
  }

  @Test
  void verdictsCarryOverOnlyWhereTheSentenceDidNotChange() {
    long id = storyInFactCheck(BODY);
    List<JsonObject> first = claims("fran", id);
    first.forEach(c -> assertEquals(200, judge("fran", id, c, "VERIFIED", "ok").status()));

    String edited = BODY.replace("up 3.8 percent from last year", "up 4.1 percent from last year").replace("<p>The vote was 7 to 2.</p>", "");
    Answer saved = api.post("eddie", "stories/" + id + "/revisions", Api.revision(1, "Budget", edited));
    assertEquals(201, saved.status(), saved.toString());
    assertEquals("EDITING", saved.json().getString("state"));

    Map<String, JsonObject> second = claims("eddie", id).stream().collect(Collectors.toMap(c -> c.getString("text"), Function.identity(), (a, b) -> a));
    assertTrue(second.values().stream().allMatch(c -> c.getInt("revision") == 2));
    JsonObject quote = second.values().stream().filter(c -> c.getString("type").equals("QUOTE")).findFirst().orElseThrow();
    assertEquals("VERIFIED", quote.getString("status"), "the quote's sentence did not change");
    assertEquals("ok", quote.getString("note"));
    JsonObject changed = second.values().stream().filter(c -> c.getString("text").contains("4.1 percent")).findFirst().orElseThrow();
    assertEquals("UNCHECKED", changed.getString("status"), "a changed sentence starts over");
    JsonObject sameSentenceOtherClaim = second.values().stream().filter(c -> c.getString("text").contains("412 million")).findFirst().orElseThrow();
    assertEquals("UNCHECKED", sameSentenceOtherClaim.getString("status"), "its sentence changed too");
    assertFalse(second.keySet().stream().anyMatch(t -> t.contains("7 to 2")), "a removed sentence's claims are dropped");

    Answer stale = judge("fran", id, first.get(0), "DISPUTED", null);
    assertEquals(409, stale.status(), "claims of an older revision take no verdicts: " + stale);
  }

  @Test
  void sendingBackCarriesTheDisputedClaimsToTheEditor() {
    long id = storyInFactCheck(BODY);
    JsonObject figure = claims("fran", id).stream().filter(c -> c.getString("text").contains("3.8 percent")).findFirst().orElseThrow();
    assertEquals(200, judge("fran", id, figure, "DISPUTED", "The budget office says 3.6 percent.").status());
    Answer back = go("fran", id, "SEND_BACK");
    assertEquals(200, back.status(), "a disputed claim is reason enough: " + back);
    assertEquals("EDITING", back.json().getString("state"));
    JsonObject seen = claims("eddie", id).stream().filter(c -> c.getString("status").equals("DISPUTED")).findFirst().orElseThrow();
    assertEquals("The budget office says 3.6 percent.", seen.getString("note"));
    assertEquals("fran", seen.getString("checkedBy"));
  }

  @Test
  void aCheckerAddsAClaimTheExtractorMissed() {
    long id = storyInFactCheck("<p>The new ferry terminal opened to passengers this morning after years of delay.</p>");
    int before = claims("fran", id).size();
    String paragraph = "The new ferry terminal opened to passengers this morning after years of delay.";
    int start = paragraph.indexOf("after years of delay");
    Answer added = api.post("fran", "stories/" + id + "/claims", Json.createObjectBuilder().add("type", "DATE")
        .add("paragraph", 0).add("start", start).add("end", start + "after years of delay".length()));
    assertEquals(201, added.status(), added.toString());
    assertTrue(added.json().getBoolean("manual"));
    assertEquals("after years of delay", added.json().getString("text"));
    assertEquals(before + 1, claims("fran", id).size());
    assertEquals(400, api.post("fran", "stories/" + id + "/claims", Json.createObjectBuilder().add("type", "DATE")
        .add("paragraph", 5).add("start", 0).add("end", 4)).status());
    assertEquals(400, api.post("fran", "stories/" + id + "/claims", Json.createObjectBuilder().add("type", "DATE")
        .add("paragraph", 0).add("start", 0).add("end", 5000)).status());
    assertEquals(403, api.post("rita", "stories/" + id + "/claims", Json.createObjectBuilder().add("type", "DATE")
        .add("paragraph", 0).add("start", start).add("end", start + 5)).status());
    assertEquals(409, go("fran", id, "SIGN_OFF").status(), "the added claim must be checked too");
    api.verifyAllClaims(id);
    assertEquals(200, go("fran", id, "SIGN_OFF").status());
  }
}
