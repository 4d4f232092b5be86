package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
 * Issue 7 (ASVS 4.0 V4.2.2, V13.1, V13.2): the editor, history and fact-check desk are protected
 * views (a GET needs the session's token, which the app's own links carry), while the desk stays
 * bookmarkable; every API route needs credentials and no GET changes anything; a published
 * revision is read-only for everyone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProtectedViewsIT {

  private static final String TOKEN = "jakarta.faces.Token";

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

  private FormLogin signedIn(String user) {
    return FormLogin.signedIn(base, user);
  }

  private long story(String user, String headline) {
    Answer created = api.post(user, "stories", Api.story(headline, "<p>The ferry runs hourly from Monday.</p>"));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  /** The session's view token, as the desk's links to the editor carry it. */
  private static String token(String page) {
    Element link = Jsoup.parse(page).selectFirst("a[href*='" + TOKEN + "=']");
    assertNotNull(link, "a link with the view token: " + page);
    String href = link.attr("href");
    String value = href.substring(href.indexOf(TOKEN + "=") + TOKEN.length() + 1);
    return value.contains("&") ? value.substring(0, value.indexOf('&')) : value;
  }

  private static String h1(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select("h1").text();
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  @Test
  void aGetWithoutTheTokenLandsOnTheOpenPageAndChangesNothing() {
    String headline = "Protected " + UUID.randomUUID().toString().substring(0, 8);
    long id = story("rita", headline);
    String audit = api.get("eddie", "stories/" + id + "/audit").body();
    FormLogin rita = signedIn("rita");

    HttpResponse<String> refused = rita.get("app/story.xhtml?id=" + id);
    assertEquals(302, refused.statusCode(), refused.body());
    assertTrue(location(refused).contains("/app/open.xhtml?page=story&id=" + id), location(refused));
    HttpResponse<String> open = rita.get(location(refused));
    assertEquals(200, open.statusCode());
    assertEquals("Open this page?", h1(open));
    Document openPage = Jsoup.parse(open.body());
    assertTrue(openPage.select(".open-target").text().contains(headline), "it names the story: " + openPage.select("main").text());
    String next = openPage.select("a#continue").attr("href");
    assertTrue(next.contains("/app/story.xhtml") && next.contains("id=" + id) && next.contains(TOKEN + "="), next);

    // Nothing happened: no presence in the story (eddie, opening it, sees nobody else in it),
    // nothing in its audit trail.
    FormLogin eddie = signedIn("eddie");
    String eddiesToken = token(eddie.get("app/desk.xhtml").body());
    HttpResponse<String> eddiesEditor = eddie.get("app/story.xhtml?id=" + id + "&" + TOKEN + "=" + eddiesToken);
    assertEquals(200, eddiesEditor.statusCode());
    assertEquals("Edit story", h1(eddiesEditor));
    assertFalse(eddiesEditor.body().contains("Rita Reyes is editing"), "the refused GET recorded no presence");
    assertEquals(audit, api.get("eddie", "stories/" + id + "/audit").body());

    // The history and the fact-check desk are refused the same way.
    assertTrue(location(rita.get("app/history.xhtml?id=" + id)).contains("/app/open.xhtml?page=history&id=" + id));
    assertTrue(location(rita.get("app/factcheck.xhtml?story=" + id)).contains("/app/open.xhtml?page=factcheck&id=" + id));
    assertTrue(location(rita.get("app/story.xhtml")).endsWith("/app/open.xhtml?page=story"), "a new story, too");
  }

  /** The history reads a page of revisions at a time, the newest first. */
  @Test
  void theHistoryOpensOnTheNewestRevisionsAndPagesBackToTheFirst() {
    String headline = "Thirty revisions " + UUID.randomUUID().toString().substring(0, 8);
    long id = story("rita", headline);
    for (int base = 1; base < 30; base++) {
      Answer saved = api.post("rita", "stories/" + id + "/revisions", Api.revision(base, headline, "<p>The ferry runs every " + base + " minutes.</p>"));
      assertEquals(201, saved.status(), saved.toString());
    }
    FormLogin rita = signedIn("rita");
    HttpResponse<String> history = rita.open("app/history.xhtml?id=" + id);
    assertEquals(200, history.statusCode());
    Document page = Jsoup.parse(history.body());
    assertEquals(numbers(30, 6), firstCells(page.select("tbody[id='history:revisions_data'] > tr")), "the newest 25 first");

    // The paginator's next page: an ajax request of the table, as PrimeFaces sends it (with the
    // page's CSP nonce: the rows' Restore buttons carry scripts, rendered only under it).
    Map<String, String> paging = new LinkedHashMap<>();
    paging.put("history:revisions_pagination", "true");
    paging.put("history:revisions_first", "25");
    paging.put("history:revisions_rows", "25");
    paging.put("history:revisions_skipChildren", "true");
    paging.put("history:revisions_encodeFeature", "true");
    HttpResponse<String> next = rita.ajax(page.select("form#history").attr("action"), history.body(), "history", "history:revisions", "history:revisions", paging);
    assertEquals(200, next.statusCode(), next.body());
    Element update = Jsoup.parse(next.body(), org.jsoup.parser.Parser.xmlParser()).selectFirst("update[id='history:revisions']");
    assertNotNull(update, next.body());
    Document rows = Jsoup.parse("<table><tbody>" + update.text() + "</tbody></table>");
    assertEquals(numbers(5, 1), firstCells(rows.select("tbody > tr")), next.body());
  }

  private static List<Integer> numbers(int from, int downTo) {
    List<Integer> out = new ArrayList<>();
    for (int n = from; n >= downTo; n--) {
      out.add(n);
    }
    return out;
  }

  private static List<Integer> firstCells(org.jsoup.select.Elements rows) {
    return rows.stream().map(tr -> Integer.parseInt(tr.child(0).text().strip())).toList();
  }

  @Test
  void theTokenOfTheAppsOwnLinksOpensThePageAndAnotherSessionsTokenDoesNot() {
    String headline = "Linked " + UUID.randomUUID().toString().substring(0, 8);
    long id = story("rita", headline);
    FormLogin rita = signedIn("rita");
    Document desk = Jsoup.parse(rita.get("app/desk.xhtml").body());
    Element row = desk.select("a.headline").stream().filter(a -> a.text().equals(headline)).findFirst().orElseThrow();
    assertTrue(row.attr("href").contains(TOKEN + "="), "the desk's link carries the token: " + row.attr("href"));

    HttpResponse<String> editor = rita.get(row.attr("href"));
    assertEquals(200, editor.statusCode());
    assertEquals("Edit story", h1(editor));
    Document page = Jsoup.parse(editor.body());
    assertEquals(headline, page.select("input[id=editor:headline]").val());
    Element history = page.select("a[href*='/app/history.xhtml']").first();
    assertNotNull(history, "the editor links to the history");
    HttpResponse<String> revisions = rita.get(history.attr("href"));
    assertEquals(200, revisions.statusCode(), "the history opens from the editor's link");
    assertTrue(revisions.body().contains("history:compare"), revisions.body());

    // Opening the editor recorded rita's presence: eddie sees her in the story.
    FormLogin eddie = signedIn("eddie");
    String eddiesToken = token(eddie.get("app/desk.xhtml").body());
    HttpResponse<String> eddiesEditor = eddie.get("app/story.xhtml?id=" + id + "&" + TOKEN + "=" + eddiesToken);
    assertTrue(eddiesEditor.body().contains("Rita Reyes is editing this story since"), "her GET with the token opened the editor");

    // Eddie's token is worth nothing in rita's session, and hers nothing in his.
    HttpResponse<String> borrowed = rita.get("app/story.xhtml?id=" + id + "&" + TOKEN + "=" + eddiesToken);
    assertEquals(302, borrowed.statusCode());
    assertTrue(location(borrowed).contains("/app/open.xhtml"), location(borrowed));
    String ritasToken = token(desk.outerHtml());
    assertTrue(location(eddie.get("app/history.xhtml?id=" + id + "&" + TOKEN + "=" + ritasToken)).contains("/app/open.xhtml"));

    // Her own token, but the request comes from another site's page.
    HttpResponse<String> planted = rita.get("app/story.xhtml?id=" + id + "&" + TOKEN + "=" + ritasToken, "Referer", "https://evil.example/page.html");
    assertEquals(302, planted.statusCode());
    assertTrue(location(planted).contains("/app/open.xhtml"), location(planted));
  }

  @Test
  void theDeskStaysBookmarkableAndSigningInOpensTheProtectedPageAskedFor() {
    FormLogin eddie = signedIn("eddie");
    HttpResponse<String> desk = eddie.get("app/desk.xhtml?state=READY");
    assertEquals(200, desk.statusCode(), "the desk by its bookmark");
    assertEquals("Stories on the desk", h1(desk));

    // A bookmark of the editor, with a token from a session long gone, before signing in.
    long id = story("rita", "Signed in " + UUID.randomUUID().toString().substring(0, 8));
    FormLogin rita = new FormLogin(base);
    HttpResponse<String> signIn = rita.get("app/story.xhtml?id=" + id + "&" + TOKEN + "=from-an-old-session");
    assertEquals(200, signIn.statusCode());
    HttpResponse<String> login = rita.login(signIn.body(), "rita", Deployments.PASSWORD);
    assertEquals(302, login.statusCode(), login.body());
    String target = location(login);
    assertTrue(target.contains("/app/story.xhtml") && target.contains("id=" + id), target);
    assertEquals(1, target.split(TOKEN + "=", -1).length - 1, "one token, the new session's: " + target);
    HttpResponse<String> editor = rita.get(target);
    assertEquals(200, editor.statusCode());
    assertEquals("Edit story", h1(editor), "signing in goes straight to the editor");

    FormLogin reporter = new FormLogin(base);
    HttpResponse<String> deskLogin = reporter.login(reporter.get("app/desk.xhtml?view=MINE").body(), "rita", Deployments.PASSWORD);
    assertTrue(location(deskLogin).endsWith("/app/desk.xhtml?view=MINE"), "the desk needs no token: " + location(deskLogin));
  }

  @Test
  void theOpenPageNamesOnlyWhatTheCallerMaySee() {
    String secret = "Robin's protected draft " + UUID.randomUUID().toString().substring(0, 8);
    long robins = story("robin", secret);
    FormLogin rita = signedIn("rita");
    HttpResponse<String> open = rita.get(location(rita.get("app/story.xhtml?id=" + robins)));
    assertEquals(200, open.statusCode());
    assertFalse(open.body().contains(secret), "no headline of a draft she may not see");
    assertTrue(open.body().contains("another reporter"), open.body());
    assertTrue(Jsoup.parse(open.body()).select("a#continue").isEmpty(), "nothing to open");
    assertFalse(Jsoup.parse(open.body()).select("a#desk").isEmpty(), "but a way back");
    HttpResponse<String> odd = rita.get("app/open.xhtml?page=story&id=not-a-number");
    assertEquals(200, odd.statusCode());
    assertTrue(Jsoup.parse(odd.body()).select("a#continue").isEmpty());
    HttpResponse<String> unknown = rita.get("app/open.xhtml?page=desk");
    assertTrue(unknown.body().contains("There is no newsroom page of that name"), unknown.body());
  }

  /** One JAX-RS resource method: HTTP method, path under /api, the media type it consumes. */
  record Route(String method, String path, String consumes) {}

  /** Every resource method of the API, read from the JAX-RS classes the build compiled. */
  static List<Route> apiRoutes() throws IOException {
    java.nio.file.Path classes = java.nio.file.Path.of("target/classes/org/copydesk/api");
    List<Route> routes = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.list(classes)) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
        Class<?> type;
        try {
          type = Class.forName("org.copydesk.api." + file.getFileName().toString().replace(".class", ""));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
              Path sub = m.getAnnotation(Path.class);
              String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
              Consumes consumes = m.getAnnotation(Consumes.class) != null ? m.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
              routes.add(new Route(http.value(), path, consumes == null ? "application/json" : consumes.value()[0]));
            }
          }
        }
      }
    }
    return routes;
  }

  private static String concrete(String path, long story, long claim, long wire) {
    String concrete = path
        .replace("/wire-services/{id}", "/wire-services/" + wire)
        .replace("{id}", Long.toString(story))
        .replace("{number}", "1")
        .replace("{claimId}", Long.toString(claim))
        .replace("{username}", "rita");
    if (concrete.endsWith("/diff")) {
      return concrete + "?from=1&to=1";
    }
    if (concrete.startsWith("/reports/usage")) {
      return concrete + "?from=2020-01-01&to=2030-12-31";
    }
    return concrete;
  }

  private HttpResponse<String> call(HttpClient http, Route route, String path) {
    String type = route.consumes().contains("*") ? "application/octet-stream" : route.consumes();
    HttpRequest.BodyPublisher body = route.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api" + path)).method(route.method(), body).header("Accept", "*/*");
    if (!route.method().equals("GET")) {
      request.header("Content-Type", type);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the API says about a story and the registry: compared before and after. */
  private Map<String, String> snapshot(long id) {
    Map<String, String> state = new LinkedHashMap<>();
    for (String path : new String[] {"stories/" + id, "stories/" + id + "/revisions", "stories/" + id + "/audit",
        "stories/" + id + "/claims", "wire-services"}) {
      Answer answer = api.get("eddie", path);
      assertEquals(200, answer.status(), path + ": " + answer);
      state.put(path, answer.body());
    }
    return state;
  }

  @Test
  void everyApiRouteNeedsCredentialsAndNoGetChangesAnything() throws Exception {
    List<Route> routes = apiRoutes();
    assertTrue(routes.size() >= 20, "all resource methods found: " + routes);
    String headline = "API reads " + UUID.randomUUID().toString().substring(0, 8);
    long id = story("rita", headline);
    assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
    api.verifyAllClaims(id);
    assertEquals(200, api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH")).status());
    jakarta.json.JsonArray claims = api.get("eddie", "stories/" + id + "/claims").array();
    long claim = claims.isEmpty() ? 1 : claims.getJsonObject(0).getJsonNumber("id").longValue();
    long wire = api.get("eddie", "wire-services").array().getJsonObject(0).getJsonNumber("id").longValue();

    HttpClient anonymous = HttpClient.newHttpClient();
    FormLogin session = signedIn("eddie");
    Map<String, String> before = snapshot(id);
    List<String> answered = new ArrayList<>();
    for (Route route : routes) {
      String path = concrete(route.path(), id, claim, wire);
      HttpResponse<String> refused = call(anonymous, route, path);
      assertEquals(401, refused.statusCode(), route + " without credentials: " + refused.body());
      assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), route.toString());
      if (route.method().equals("GET")) {
        assertEquals(401, session.get("api" + path).statusCode(), route + ": a signed-in browser's session is no credential");
        Answer read = api.get("eddie", path.substring(1));
        assertTrue(read.status() < 500, route + ": " + read);
        answered.add(read.status() + " GET " + path);
      }
    }
    assertEquals(before, snapshot(id), "no GET changed anything: " + answered);
    assertTrue(answered.stream().filter(a -> a.startsWith("200")).count() >= 10, "the GETs did their work: " + answered);
  }

  @Test
  void aPublishedRevisionIsReadOnlyForEveryone() throws Exception {
    String headline = "Published " + UUID.randomUUID().toString().substring(0, 8);
    long id = story("rita", headline);
    assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
    api.verifyAllClaims(id);
    assertEquals(200, api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
    JsonObject published = api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH")).json();
    String slug = published.getString("slug");
    String revisionOne = api.get("eddie", "stories/" + id + "/revisions/1").body();

    // The reporter: refused by the API, and her editor offers no save.
    Answer reporters = api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>Changed by the reporter.</p>"));
    assertEquals(403, reporters.status(), reporters.toString());
    HttpResponse<String> editor = signedIn("rita").open("app/story.xhtml?id=" + id);
    assertEquals("Edit story", h1(editor));
    Document page = Jsoup.parse(editor.body());
    assertTrue(page.select("button[id=editor:save]").isEmpty(), "no save on a published story for a reporter");
    assertTrue(page.select("input[id=editor:headline]").hasAttr("disabled"), "the headline is read-only");

    // An editor's change is a new revision (a correction draft); revision 1 and the live page stay.
    Answer editors = api.post("eddie", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>Changed by an editor.</p>"));
    assertEquals(201, editors.status(), editors.toString());
    assertEquals(2, editors.json().getInt("currentRevision"));
    assertEquals("PUBLISHED", editors.json().getString("state"));
    assertEquals(revisionOne, api.get("eddie", "stories/" + id + "/revisions/1").body(), "revision 1 is unchanged");
    HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "news/" + slug)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(live.body().contains("The ferry runs hourly") && !live.body().contains("Changed by an editor"), "the live page keeps revision 1");
    Answer stale = api.post("erin", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>On top of the published one.</p>"));
    assertEquals(409, stale.status(), "nothing is written over: a save on an old base is refused: " + stale);
  }
}
