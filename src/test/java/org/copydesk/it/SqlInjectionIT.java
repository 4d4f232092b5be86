package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #7, SQL injection (ASVS 5.3.4/5.3.5), on both servers: classic probes in the desk search and
 * every desk filter (over the API and the desk page's parameters), the public addresses and the API
 * ids. A probe is answered 200 with no more rows than the literal text would match, or 400/404; never
 * 500; LIKE wildcards are literal; and the tables are intact afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqlInjectionIT {

  /** Classic probes: quotes and comments, stacked statements, unions, wildcards, escapes, unicode quotes. */
  static final List<String> PROBES = List.of(
      "' OR '1'='1",
      "' OR 1=1--",
      "\" OR \"1\"=\"1",
      "') OR ('1'='1",
      "'; DROP TABLE story;--",
      "'; DELETE FROM revision;--",
      "1; UPDATE story SET state='PUBLISHED'--",
      "1 UNION SELECT username, password_hash FROM app_user--",
      "' UNION SELECT NULL, NULL, NULL--",
      "x' AND (SELECT COUNT(*) FROM app_user) > 0 AND 'a'='a",
      "' OR SLEEP(5)--",
      "'||(SELECT CHAR(65))||'",
      "admin'--",
      "%",
      "%%",
      "_",
      "\\",
      "\\'",
      "\\%",
      "[a-z]",
      "*",
      "\u2018 OR \u20181\u2019=\u20191",
      "\u201c OR \u201c1\u201d=\u201d1",
      "\uff07 OR \uff071\uff07=\uff071",
      "\u02bc OR 1=1--",
      "/**/OR/**/1=1",
      "0x27204f522031",
      "' OR ''='",
      "$1 OR 1=1",
      "?");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static long total(Answer a) {
    return a.json().getJsonNumber("total").longValue();
  }

  private static List<Long> ids(Answer a) {
    return a.json().getJsonArray("stories").getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue()).toList();
  }

  /** A story whose headline and body hold the probe characters literally, so a literal match is known. */
  private long canary(Api api, String token) {
    String literal = token + " 100% off_the\\record O'Brien";
    Answer created = api.post("rita", "stories", Api.story(literal, "<p>" + literal + " said the canary.</p>"));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void searchProbesFindOnlyWhatTheLiteralTextMatches() {
    Api api = new Api(base);
    String token = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    long canary = canary(api, token);
    long all = total(api.get("eddie", "stories?size=1"));

    // Legitimate queries first: the token finds exactly the canary, also with the special characters written out.
    assertEquals(List.of(canary), ids(api.get("eddie", "stories?text=" + q(token))));
    assertEquals(List.of(canary), ids(api.get("eddie", "stories?text=" + q(token + " 100% off_the\\record O'Brien"))));
    assertEquals(List.of(canary), ids(api.get("eddie", "stories?text=" + q("O'Brien") + "&reporter=rita&size=100")).stream()
        .filter(id -> id == canary).toList(), "a quote in a search is a quote");

    List<String> failures = new ArrayList<>();
    for (String probe : PROBES) {
      for (String text : List.of(probe, token + probe, token + " " + probe)) {
        Answer a = api.get("eddie", "stories?size=100&text=" + q(text));
        if (a.status() != 200) {
          failures.add("[" + text + "] answered " + a);
          continue;
        }
        long n = total(a);
        // Wildcards are literal: "token%" or "token_" match nothing, since the canary has a space after the token.
        if (text.startsWith(token) && n != 0) {
          failures.add("[" + text + "] matched " + n + " stories: " + ids(a));
        }
        if (n >= all && all > 1) {
          failures.add("[" + text + "] matched every story (" + n + ")");
        }
      }
    }
    assertEquals("", String.join("\n", failures));
    // A wildcard written on its own matches only the stories that contain it: the canary has "%" and "_" and "\".
    for (String literal : List.of("100%", "off_the", "the\\rec")) {
      assertTrue(ids(api.get("eddie", "stories?size=100&text=" + q(literal))).contains(canary), literal);
    }
    assertTrue(ids(api.get("eddie", "stories?size=100&text=" + q("100_"))).isEmpty(), "_ is not a wildcard");
    assertTrue(ids(api.get("eddie", "stories?size=100&text=" + q(token.substring(0, 8) + "%" + token.substring(9)))).isEmpty(), "% is not a wildcard");

    // Too long a search is refused with a message, not run.
    for (String longText : List.of("'".repeat(201), "' OR '1'='1 ".repeat(170))) {
      Answer refused = api.get("eddie", "stories?text=" + q(longText));
      assertEquals(400, refused.status(), refused.toString());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.toString());
    }
    assertIntact(api, canary, all);
  }

  @Test
  void filterAndIdProbesAreRefusedOrMatchNothing() throws Exception {
    Api api = new Api(base);
    long canary = canary(api, "filter" + UUID.randomUUID().toString().substring(0, 8));
    long all = total(api.get("eddie", "stories?size=1"));
    long ritas = total(api.get("eddie", "stories?size=1&reporter=rita"));
    assertTrue(ritas >= 1 && ritas < all, ritas + " of " + all);
    List<String> failures = new ArrayList<>();
    for (String probe : PROBES) {
      // Enumerations: anything that is not a state or view name is a 400 with a message.
      for (String param : List.of("state", "view")) {
        Answer a = api.get("eddie", "stories?" + param + "=" + q("DRAFT" + probe));
        if (a.status() != 400 || !a.contentType().startsWith("application/problem+json")) {
          failures.add(param + "=[DRAFT" + probe + "] answered " + a);
        }
      }
      // Free text compared for equality: a probe is nobody's user name.
      for (String reporter : List.of(probe, "rita" + probe)) {
        Answer a = api.get("eddie", "stories?size=100&reporter=" + q(reporter));
        if (a.status() != 200 || total(a) != 0) {
          failures.add("reporter=[" + reporter + "] answered " + a.status() + " with " + (a.status() == 200 ? total(a) : "-") + " stories");
        }
      }
      // Numbers: the wire filter, paging and every id in a path are converted before anything is asked.
      for (String path : List.of("stories?wire=" + q("1" + probe), "stories?first=" + q("0" + probe), "stories?size=" + q("5" + probe),
          "stories/" + q(canary + probe), "stories/" + q(canary + probe) + "/revisions", "stories/" + canary + "/revisions/" + q("1" + probe),
          "stories/" + canary + "/diff?from=" + q("1" + probe) + "&to=1", "stories/" + q(canary + probe) + "/claims",
          "stories/" + q(canary + probe) + "/audit")) {
        Answer a = api.get("eddie", path);
        if (a.status() != 400 && a.status() != 404) {
          failures.add(path + " answered " + a.status() + " " + a.body().substring(0, Math.min(200, a.body().length())));
        }
      }
      // The public site: slugs and feeds.
      for (String path : List.of("news/" + q(probe).replace("+", "%20"), "news/budget" + q(probe).replace("+", "%20"), "?page=" + q(probe),
          "feeds/rss.xml?limit=" + q(probe))) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() >= 500 || path.startsWith("news/") && r.statusCode() != 404 && r.statusCode() != 400) {
          failures.add(path + " answered " + r.statusCode());
        }
      }
    }
    for (String path : List.of("stories?first=-1", "stories?size=-1", "stories?size=0", "stories?size=1000000", "stories?first=2147483647",
        "stories/-1", "stories/0", "stories/99999999999999999999", "stories/1e3", "stories/" + canary + "/revisions/-1")) {
      Answer a = api.get("eddie", path);
      if (a.status() >= 500) {
        failures.add(path + " answered " + a);
      }
    }
    assertEquals("", String.join("\n", failures));
    assertIntact(api, canary, all);
  }

  @Test
  void theDeskPageParametersRefuseProbes() {
    FormLogin browser = new FormLogin(base);
    HttpResponse<String> first = browser.get("app/desk.xhtml");
    HttpResponse<String> login = browser.login(first.body(), "eddie", Deployments.PASSWORD);
    assertEquals(302, login.statusCode(), "signed in");
    List<String> failures = new ArrayList<>();
    for (String probe : PROBES) {
      for (String param : List.of("state", "view")) {
        HttpResponse<String> r = browser.get("app/desk.xhtml?" + param + "=" + q("DRAFT" + probe));
        if (r.statusCode() != 200 || !r.body().contains("ui-messages-error") && !r.body().contains("ui-message-error")) {
          failures.add(param + "=[DRAFT" + probe + "] answered " + r.statusCode() + " without a validation message");
        }
      }
    }
    assertEquals("", String.join("\n", failures));
  }

  /** Nothing was dropped or changed: the count, the canary and its audit chain are as before. */
  private static void assertIntact(Api api, long canary, long all) {
    assertEquals(all, total(api.get("eddie", "stories?size=1")), "no story appeared or vanished");
    Answer story = api.get("eddie", "stories/" + canary);
    assertEquals(200, story.status(), story.toString());
    assertEquals("DRAFT", story.json().getString("state"));
    assertEquals(1, story.json().getInt("currentRevision"));
    JsonObject audit = api.get("eddie", "stories/" + canary + "/audit/verification").json();
    assertTrue(audit.getBoolean("intact"), "the audit chain is intact: " + audit);
    Answer wires = api.get("eddie", "wire-services");
    assertEquals(200, wires.status(), "the wire registry is still readable: " + wires);
    assertTrue(wires.array().size() > 0, "the wire registry still has its rows");
  }
}
