package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security controls over HTTP, on both servers: response headers (page, ajax, resource, error
 * page, public page, API), cross-site requests, forged and replayed ViewState, sign-in throttling,
 * and access to another reporter's draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

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

  private FormLogin signedIn(String user) {
    return FormLogin.signedIn(base, user);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("");
  }

  private static void assertCommonHeaders(HttpResponse<?> response, String what) {
    assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
    assertEquals("same-origin", header(response, "Referrer-Policy"), what);
    assertEquals("DENY", header(response, "X-Frame-Options"), what);
    assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), what + " names no server technology");
    assertFalse(header(response, "Server").matches(".*\\d+\\.\\d+.*"), what + " names no server version: " + header(response, "Server"));
    assertFalse(response.headers().firstValue("Strict-Transport-Security").isPresent(), what + ": HSTS only over HTTPS");
  }

  private static void assertPagePolicy(HttpResponse<String> response, String what) {
    String csp = header(response, "Content-Security-Policy");
    for (String directive : new String[] {"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"}) {
      assertTrue(csp.contains(directive), what + " CSP has " + directive + ": " + csp);
    }
    Matcher nonce = NONCE.matcher(csp);
    assertTrue(nonce.find(), what + " CSP has a nonce: " + csp);
    assertFalse(csp.contains("'unsafe-inline'") && csp.substring(csp.indexOf("script-src")).contains("'unsafe-inline'"),
        what + ": no inline scripts without a nonce");
    assertFalse(csp.contains("unsafe-eval"), what);
    Document page = Jsoup.parse(response.body());
    for (Element script : page.select("script")) {
      if (!script.attr("type").equals("application/ld+json")) {
        assertEquals(nonce.group(1), script.attr("nonce"), what + ": every script carries this response's nonce: " + script.outerHtml());
      }
    }
    for (Element element : page.getAllElements()) {
      element.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"),
          what + ": no inline event handler (CSP would block it): " + element.tagName() + " " + a));
    }
  }

  @Test
  void headersOnAFullPageAnAjaxResponseAResourceAndAnErrorPage() throws Exception {
    FormLogin eddie = signedIn("eddie");
    HttpResponse<String> desk = eddie.get("app/desk.xhtml");
    assertEquals(200, desk.statusCode());
    assertCommonHeaders(desk, "desk");
    assertPagePolicy(desk, "desk");
    assertTrue(header(desk, "Cache-Control").contains("no-store"), "editorial pages are never stored");
    String first = header(desk, "Content-Security-Policy");
    assertFalse(first.equals(header(eddie.get("app/desk.xhtml"), "Content-Security-Policy")), "a fresh nonce per response");

    // An ajax request: the header badge's poll form posted as PrimeFaces does.
    Document page = Jsoup.parse(desk.body());
    HttpResponse<String> partial = eddie.ajax("app/desk.xhtml", desk.body(), "notifications", "notifications", "notifications:badge", Map.of());
    assertEquals(200, partial.statusCode());
    assertTrue(partial.body().contains("<partial-response"), partial.body());
    assertCommonHeaders(partial, "ajax response");
    assertTrue(header(partial, "Cache-Control").contains("no-store"));

    String stylesheet = page.select("link[rel=stylesheet]").first().attr("href");
    HttpResponse<String> resource = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(stylesheet)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, resource.statusCode(), stylesheet);
    assertEquals("nosniff", header(resource, "X-Content-Type-Options"), "resource");
    assertFalse(header(resource, "Cache-Control").contains("no-store"), "static resources stay cacheable");

    // Signed in, a missing newsroom page; signed out, a missing page outside the newsroom (inside
    // it, the sign-in page answers first).
    Map<FormLogin, String> missingPages = Map.of(eddie, "app/no-such-page.xhtml", new FormLogin(base), "no-such-page.xhtml");
    for (Map.Entry<FormLogin, String> probe : missingPages.entrySet()) {
      HttpResponse<String> missing = probe.getKey().get(probe.getValue());
      assertEquals(404, missing.statusCode());
      assertCommonHeaders(missing, "404 page");
      assertPagePolicy(missing, "404 page");
      assertTrue(missing.body().contains("Page not found") || missing.body().contains("not found"), missing.body());
      Matcher leak = Pattern.compile("Caused by|\\sat (org|com|java|jakarta)\\.[a-z]|[A-Za-z]+Exception: |Payara|WildFly|Undertow|Mojarra|GlassFish").matcher(missing.body());
      assertFalse(leak.find(), "no stack trace or versions, found " + (leak.hitEnd() ? "" : missing.body().substring(Math.max(0, leak.start() - 80), Math.min(missing.body().length(), leak.end() + 80))));
    }

    HttpResponse<String> front = http.send(HttpRequest.newBuilder(URI.create(base + "")).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertCommonHeaders(front, "public front page");
    String publicPolicy = header(front, "Content-Security-Policy");
    assertTrue(publicPolicy.contains("default-src 'none'") && publicPolicy.contains("frame-ancestors 'none'"), publicPolicy);
    assertFalse(publicPolicy.contains("script-src"), "the public pages run no script at all");

    Answer listing = api.get("eddie", "stories?size=1");
    assertEquals(200, listing.status());
    HttpResponse<String> apiResponse = http.send(HttpRequest.newBuilder(URI.create(base + "api/stories?size=1"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("eddie:" + Deployments.PASSWORD).getBytes()))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertCommonHeaders(apiResponse, "API");
    assertTrue(header(apiResponse, "Cache-Control").contains("no-store"), "API answers carry unpublished work");
  }

  @Test
  void aCrossSitePostIsRefusedAndChangesNothing() {
    FormLogin rita = signedIn("rita");
    HttpResponse<String> logout = rita.post("logout", Map.of(), "Origin", "https://evil.example");
    assertEquals(403, logout.statusCode(), "a forged sign-out from another site");
    assertEquals(200, rita.get("app/desk.xhtml").statusCode(), "still signed in");
    HttpResponse<String> fetchSite = rita.post("logout", Map.of(), "Sec-Fetch-Site", "cross-site");
    assertEquals(403, fetchSite.statusCode());
    assertEquals(200, rita.get("app/desk.xhtml").statusCode());

    String headline = "Cross-site " + UUID.randomUUID();
    HttpResponse<String> apiPost;
    try {
      apiPost = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/stories"))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("rita:" + Deployments.PASSWORD).getBytes()))
          .header("Content-Type", "application/json")
          .header("Origin", "https://evil.example")
          .POST(HttpRequest.BodyPublishers.ofString(Api.story(headline, "<p>x</p>").build().toString()))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertEquals(403, apiPost.statusCode(), "remembered credentials cannot be used from another site");
    assertFalse(api.get("rita", "stories?view=MINE&text=" + java.net.URLEncoder.encode(headline, java.nio.charset.StandardCharsets.UTF_8))
        .body().contains(headline), "nothing was created");

    HttpResponse<String> sameSite = rita.post("logout", Map.of(), "Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort());
    assertEquals(302, sameSite.statusCode(), "the real sign-out form still works");
  }

  /** The editor's form as the browser would post it, with its own ViewState unless told otherwise. */
  private static Map<String, String> editorForm(String html, String headline, String viewState) {
    Document page = Jsoup.parse(html);
    Element form = page.selectFirst("form#editor");
    assertNotNull(form, html);
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], textarea[name], select[name]")) {
      String type = input.attr("type");
      if (type.equals("checkbox") || type.equals("radio") || type.equals("file") || type.equals("submit") || type.equals("button")) {
        continue;
      }
      fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
    }
    for (Element select : form.select("select[name]")) {
      Element selected = select.selectFirst("option[selected]");
      fields.put(select.attr("name"), selected == null ? "" : selected.val());
    }
    fields.put("editor:headline", headline);
    fields.put("editor:save", "editor:save");
    fields.put("jakarta.faces.ViewState", viewState == null ? page.select("input[name=jakarta.faces.ViewState]").val() : viewState);
    fields.put("primefaces.nonce", FormLogin.nonce(html));
    return fields;
  }

  @Test
  void aForgedOrReplayedViewStateIsRefusedAndNothingIsSaved() {
    long id = api.post("rita", "stories", Api.story("ViewState story " + UUID.randomUUID(), "<p>The text.</p>")).json().getJsonNumber("id").longValue();
    FormLogin rita = signedIn("rita");
    String editor = rita.open("app/story.xhtml?id=" + id).body();

    HttpResponse<String> forged = rita.post("app/story.xhtml?id=" + id, editorForm(editor, "Forged headline", "-1234567890:987654321"));
    assertTrue(forged.body().contains("Your page had expired"), "a forged ViewState ends on the expired page");
    FormLogin robin = signedIn("robin");
    String robinsViewState = Jsoup.parse(robin.get("app/desk.xhtml").body()).select("input[name=jakarta.faces.ViewState]").val();
    HttpResponse<String> replayed = rita.post("app/story.xhtml?id=" + id, editorForm(editor, "Replayed headline", robinsViewState));
    assertTrue(replayed.body().contains("Your page had expired"), "another session's ViewState is worth nothing here");
    assertEquals(1, api.get("rita", "stories/" + id).json().getInt("currentRevision"), "nothing was saved");

    // The same post with the page's own ViewState saves: the refusals above were about the ViewState alone.
    HttpResponse<String> genuine = rita.post("app/story.xhtml?id=" + id, editorForm(editor, "Genuine headline", null));
    assertTrue(genuine.statusCode() == 200 || genuine.statusCode() == 302, genuine.statusCode() + " " + genuine.body());
    assertEquals(2, api.get("rita", "stories/" + id).json().getInt("currentRevision"));
  }

  /**
   * A session keeps the state of its 15 most recent views, and the view-scoped beans of exactly
   * those (web.xml: fewer beans would break views that can still be posted back, more are memory no
   * page can reach): the 15th most recent editor still saves, the 16th ends on the expired page.
   */
  @Test
  void theFifteenMostRecentViewsOfASessionStillSaveAndOlderOnesExpire() {
    long id = api.post("rita", "stories", Api.story("Fifteen views " + UUID.randomUUID(), "<p>The text.</p>")).json().getJsonNumber("id").longValue();
    FormLogin rita = signedIn("rita");
    HttpResponse<String> first = rita.open("app/story.xhtml?id=" + id);
    // The address the editor was finally served from carries the session's token: each GET of it
    // is one new view and nothing else.
    String editorAddress = first.uri().toString();
    String oldest = first.body();
    String fifteenth = rita.get(editorAddress).body();
    for (int i = 0; i < 14; i++) {
      assertEquals(200, rita.get(editorAddress).statusCode());
    }

    HttpResponse<String> saved = rita.post(editorAddress, editorForm(fifteenth, "Saved from the fifteenth view", null));
    assertTrue(saved.statusCode() == 200 || saved.statusCode() == 302, saved.statusCode() + " " + saved.body());
    Answer story = api.get("rita", "stories/" + id);
    assertEquals(2, story.json().getInt("currentRevision"));
    assertEquals("Saved from the fifteenth view", story.json().getString("headline"));

    HttpResponse<String> expired = rita.post(editorAddress, editorForm(oldest, "Saved from the sixteenth view", null));
    assertTrue(expired.body().contains("Your page had expired"), expired.statusCode() + " " + expired.body());
    assertEquals(2, api.get("rita", "stories/" + id).json().getInt("currentRevision"), "nothing more was saved");
  }

  @Test
  void repeatedWrongPasswordsAreThrottledWithGrowingWaitsOnPageAndApi() {
    String user = "guesser" + UUID.randomUUID().toString().substring(0, 8);
    FormLogin browser = new FormLogin(base);
    String page = browser.get("login.xhtml").body();
    for (int attempt = 1; attempt <= 4; attempt++) {
      page = browser.login(page, user, "wrong-password-" + attempt).body();
      assertTrue(page.contains("Wrong user name or password"), "attempt " + attempt);
    }
    HttpResponse<String> throttled = browser.login(page, user, "wrong-password-5");
    assertTrue(throttled.body().contains("Too many failed sign-ins"), throttled.body());

    assertEquals(401, api.get(null, "stories").status());
    HttpResponse<String> basic;
    try {
      basic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/stories"))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":still-wrong").getBytes()))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertEquals(429, basic.statusCode(), basic.body());
    assertTrue(Integer.parseInt(header(basic, "Retry-After")) >= 1);
    assertTrue(basic.body().contains("Too many failed sign-ins"), basic.body());

    // Another account from the same address is not affected (the address allows a newsroom's typos).
    FormLogin other = new FormLogin(base);
    assertEquals(302, other.login(other.get("login.xhtml").body(), "robin", Deployments.PASSWORD).statusCode());
  }

  @Test
  void aReporterCannotReadOrChangeAnotherReportersDraftByAnyRoute() {
    long robins = api.post("robin", "stories", Api.story("Robin's scoop " + UUID.randomUUID(), "<p>Only Robin and the editors.</p>"))
        .json().getJsonNumber("id").longValue();
    assertEquals(403, api.get("rita", "stories/" + robins).status());
    assertEquals(403, api.get("rita", "stories/" + robins + "/revisions").status());
    assertEquals(403, api.get("rita", "stories/" + robins + "/revisions/1").status());
    assertEquals(403, api.get("rita", "stories/" + robins + "/diff?from=1&to=1").status());
    assertEquals(403, api.post("rita", "stories/" + robins + "/revisions", Api.revision(1, "Taken", "<p>x</p>")).status());
    assertEquals(403, api.post("rita", "stories/" + robins + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(404, api.get("rita", "stories/" + (robins + 1_000_000)).status(), "an id that does not exist");

    FormLogin rita = signedIn("rita");
    for (String page : new String[] {"app/story.xhtml?id=", "app/history.xhtml?id=", "app/factcheck.xhtml?story="}) {
      HttpResponse<String> response = rita.open(page + robins);
      assertFalse(response.body().contains("Only Robin and the editors"), page + " shows nothing of the draft");
      assertTrue(response.body().contains("another reporter"), page + " says why: " + response.body());
    }
    Answer robinsView = api.get("robin", "stories/" + robins);
    assertEquals(1, robinsView.json().getInt("currentRevision"), "nothing changed");
    assertEquals("DRAFT", robinsView.json().getString("state"));
  }
}
