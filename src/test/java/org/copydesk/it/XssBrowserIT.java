package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.it.Api.Answer;
import org.copydesk.it.XssCorpus.Payload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Issue #7, stored content (ASVS 5.3.3): the whole XSS corpus is saved through the REST API, wire
 * ingest and the editor, then every page that shows it (editor, history and compare, fact-check,
 * desk, public story, front page, RSS and Atom) is rendered in Chromium. No payload may run, none
 * may trip the CSP, none may leave anything executable in the DOM, and the plain-text fields show
 * what was stored (proof that the payloads were kept as text, not silently dropped).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBrowserIT {

  private static final int PER_STORY = 10;

  /** A story holding payloads, and how they got in. */
  record Stored(long id, String how, List<Payload> payloads) {}

  private static List<Stored> stored;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  // ---- storing ------------------------------------------------------------------------------

  /** The body of a payload story: each payload first as words, then all of them as raw markup. */
  static String body(List<Payload> group) {
    StringBuilder html = new StringBuilder();
    for (Payload p : group) {
      html.append("<p>Payload ").append(p.number()).append(" as text: ").append(p.escaped()).append("</p>");
    }
    html.append("<h2>Raw</h2>");
    for (Payload p : group) {
      html.append(p.text());
    }
    return html.toString();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Every text field of a revision gets payloads of the group: headline, standfirst, credits, photo, note. */
  private static JsonObjectBuilder revision(int k, List<Payload> g, int round) {
    Payload first = g.get(0);
    Payload last = g.get(g.size() - 1);
    JsonArrayBuilder people = Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Rita Reyes").add("role", "WRITER"));
    for (Payload p : g) {
      people.add(Json.createObjectBuilder().add("name", cut("Guest " + p.number() + " " + p.text(), 190))
          .add("role", p.number() % 3 == 0 ? "PHOTOGRAPHER" : "ADDITIONAL_REPORTING"));
    }
    String caption = g.stream().map(Payload::text).collect(Collectors.joining(" | "));
    return Json.createObjectBuilder()
        .add("headline", cut("XSS " + k + (round == 2 ? " rev 2 " : " ") + first.text(), 290))
        .add("standfirst", cut("Standfirst " + (round == 2 ? last.text() : g.get(Math.min(1, g.size() - 1)).text()), 590))
        .add("body", body(g) + (round == 2 ? "<p>Second revision.</p>" : ""))
        .add("contributors", people)
        .add("bylineRaw", cut("By " + g.get(Math.min(2, g.size() - 1)).text(), 490))
        .add("photoCaption", cut("Caption " + caption, 990))
        .add("photoCredit", Json.createObjectBuilder()
            .add("photographer", cut("Photo " + g.get(Math.min(3, g.size() - 1)).text(), 190))
            .add("agency", cut("Agency " + g.get(Math.min(4, g.size() - 1)).text(), 190))
            .add("raw", cut("Credit " + g.get(Math.min(5, g.size() - 1)).text(), 490)))
        .add("note", cut("Note " + g.get(Math.min(6, g.size() - 1)).text(), 990));
  }

  private static void ok(Answer a, String what) {
    assertTrue(a.status() >= 200 && a.status() < 300, what + ": " + a);
  }

  /** Takes a stored draft through SUBMIT and APPROVE (an editor who is not its reporter): it then waits for fact-check. */
  private static void toFactCheck(Api api, long id) {
    String reporter = api.get("eddie", "stories/" + id).json().getString("reporter");
    ok(api.post(reporter, "stories/" + id + "/transitions", Api.transition("SUBMIT")), "submit " + id);
    ok(api.post(reporter.equals("eddie") ? "erin" : "eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")), "approve " + id);
  }

  private static void publish(Api api, long id) {
    JsonObject story = api.get("eddie", "stories/" + id).json();
    if (story.getString("state").equals("PUBLISHED")) {
      return;
    }
    api.verifyAllClaims(id);
    ok(api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")), "sign off " + id);
    String publisher = story.getString("reporter").equals("eddie") ? "erin" : "eddie";
    ok(api.post(publisher, "stories/" + id + "/transitions", Api.transition("PUBLISH")), "publish " + id);
  }

  /** ninjs 2 text item carrying payloads in headline, byline, description and the XHTML body. */
  private static String ninjs(String uri, List<Payload> g) {
    return Json.createObjectBuilder()
        .add("uri", uri)
        .add("type", "text")
        .add("version", "1")
        .add("versioncreated", "2026-11-30T10:00:00Z")
        // The byline stays a real one: a wire story without credits may not be published.
        .add("by", "Paulo Santalucia and Frances d'Emilio")
        .add("copyrightholder", "Associated Press")
        .add("headlines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "main").add("value", cut("Wire XSS " + g.get(0).text(), 280))))
        .add("descriptions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "summary").add("value", cut("Summary " + g.get(2).text(), 580))))
        .add("bodies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "xhtml").add("contenttype", "text/html")
            .add("value", "<body>" + body(g) + "</body>")))
        .build().toString();
  }

  /** The payloads that are well-formed XML on their own: they can travel as markup inside a NewsML-G2 inlineXML. */
  static boolean wellFormed(Payload p) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
          "<div xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">" + p.text() + "</div>")));
      return true;
    } catch (Exception notXml) {
      return false;
    }
  }

  /** A NewsML-G2 text item: payloads escaped in headline and summary, as text and (where well-formed) as markup in the body. */
  private static String newsMl(String guid, List<Payload> g) {
    StringBuilder body = new StringBuilder();
    for (Payload p : g) {
      body.append("<p>Payload ").append(p.number()).append(" as text: ").append(p.escaped()).append("</p>");
    }
    g.stream().filter(XssBrowserIT::wellFormed).forEach(p -> body.append(p.text()));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"" + guid + "\" version=\"1\" standard=\"NewsML-G2\" standardversion=\"2.28\">"
        + "<rightsInfo><copyrightHolder><name>Associated Press</name></copyrightHolder></rightsInfo>"
        + "<itemMeta><itemClass qcode=\"ninat:text\"/><versionCreated>2026-11-30T10:00:00Z</versionCreated><pubStatus qcode=\"stat:usable\"/></itemMeta>"
        + "<contentMeta><headline>" + cut("XML XSS " + g.get(0).escaped(), 280) + "</headline>"
        + "<by>Paulo Santalucia and Frances d'Emilio</by>"
        + "<description role=\"drol:summary\">Summary " + g.get(1).escaped() + "</description></contentMeta>"
        + "<contentSet><inlineXML contenttype=\"application/xhtml+xml\"><html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><body>"
        + body + "</body></html></inlineXML></contentSet></newsItem>";
  }

  private Answer ingest(String json) throws Exception {
    return ingest(json, "application/json");
  }

  private Answer ingest(String json, String contentType) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/ingest"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("eddie:" + Deployments.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
  }

  /** The corpus stored once per run: in groups through the API (two revisions each) and in two wire items. */
  private synchronized List<Stored> stories() throws Exception {
    if (stored != null) {
      return stored;
    }
    Api api = new Api(base);
    List<Stored> all = new ArrayList<>();
    List<List<Payload>> groups = XssCorpus.groups(PER_STORY);
    for (int k = 0; k < groups.size(); k++) {
      List<Payload> g = groups.get(k);
      Answer created = api.post("rita", "stories", revision(k + 1, g, 1));
      ok(created, "create XSS story " + (k + 1));
      long id = created.json().getJsonNumber("id").longValue();
      ok(api.post("rita", "stories/" + id + "/revisions", revision(k + 1, g, 2).add("baseRevision", 1)), "revise XSS story " + (k + 1));
      toFactCheck(api, id);
      all.add(new Stored(id, "api", g));
    }
    List<Payload> corpus = XssCorpus.all();
    String run = UUID.randomUUID().toString();
    for (int half = 0; half < 2; half++) {
      List<Payload> g = corpus.subList(half * corpus.size() / 2, (half + 1) * corpus.size() / 2);
      Answer in = ingest(ninjs("urn:copydesk:xss:" + run + ":" + half, g));
      assertEquals(201, in.status(), "wire ingest: " + in);
      long id = in.json().getJsonNumber("storyId").longValue();
      toFactCheck(api, id);
      all.add(new Stored(id, "ingest", g));
    }
    List<Payload> headlineSafe = corpus.stream().filter(p -> !p.text().startsWith("<")).toList();
    List<Payload> xmlGroup = new ArrayList<>(headlineSafe.subList(0, 2));
    corpus.stream().filter(p -> !xmlGroup.contains(p)).forEach(xmlGroup::add);
    Answer xml = ingest(newsMl("urn:copydesk:xss:" + run + ":xml", xmlGroup), "application/xml");
    assertEquals(201, xml.status(), "NewsML-G2 ingest: " + xml);
    long xmlId = xml.json().getJsonNumber("storyId").longValue();
    toFactCheck(api, xmlId);
    all.add(new Stored(xmlId, "newsml", xmlGroup));
    stored = all;
    return all;
  }

  // ---- looking ------------------------------------------------------------------------------

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u200b\\ufeff\\u2028\\u2029]+", " ").strip();
  }

  private static String textOf(ChromeDriver browser, String css) {
    Object t = browser.executeScript("var e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
    return squash(String.valueOf(t));
  }

  /** Every payload of a story is in the text as words ("Payload N as text: ..."). */
  private static void payloadsShownAsText(ChromeDriver browser, String css, Stored s, String page, List<String> findings) {
    String text = textOf(browser, css);
    for (Payload p : s.payloads()) {
      if (!text.contains(squash("Payload " + p.number() + " as text: " + p.text()))) {
        findings.add(page + ": payload " + p.number() + " is not shown as text in " + css);
      }
    }
  }

  private static ChromeDriver signedIn(URL base, String user, String firstPage) throws Exception {
    ChromeDriver browser = Browser.start();
    XssProbe.arm(browser);
    browser.get(base + firstPage);
    Browser.signIn(browser, user, Deployments.PASSWORD);
    return browser;
  }

  /** Elements and attributes of a stored body that the server's body policy should never have let through. */
  static List<String> markupBeyondThePolicy(String body) {
    List<String> allowed = List.of("html", "head", "body", "p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "br", "sub", "sup", "a");
    List<String> beyond = new ArrayList<>();
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(body).body().getAllElements()) {
      if (!allowed.contains(e.normalName())) {
        beyond.add("<" + e.normalName() + ">");
      }
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        boolean link = e.normalName().equals("a") && (a.getKey().equals("rel")
            || a.getKey().equals("href") && a.getValue().matches("(?i)(https?:|mailto:|[^:]*$|[^:]*[/?#].*).*"));
        if (!link) {
          beyond.add("<" + e.normalName() + " " + a.getKey() + "=" + a.getValue() + ">");
        }
      }
    }
    return beyond;
  }

  private static void assertNoFindings(List<String> findings) {
    assertEquals("", String.join("\n", findings), findings.size() + " findings");
  }

  @Test
  @Order(1)
  void theCorpusHasAtLeastOneHundredTwentyPayloadsEachCallingTheMarker() throws Exception {
    List<Payload> all = XssCorpus.all();
    assertTrue(all.size() >= 120, all.size() + " payloads");
    List<String> templates = java.nio.file.Files.readAllLines(XssCorpus.FILE, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
    assertEquals(all.size(), templates.size());
    for (int i = 0; i < templates.size(); i++) {
      assertTrue(templates.get(i).contains("{N}"), "payload " + (i + 1) + " reports its number when it runs: " + templates.get(i));
      assertTrue(templates.get(i).matches(".*(xss|\\\\u0078ss|&#120;&#115;&#115;|&#x78;&#x73;&#x73;|'x'\\+'ss|120,115,115).*"),
          "payload " + (i + 1) + " calls the marker: " + templates.get(i));
    }
  }

  @Test
  @Order(2)
  void payloadsFromTheApiAndTheWireNeverRunInTheNewsroomPages() throws Exception {
    List<Stored> stories = stories();
    Api api = new Api(base);
    List<String> findings = new ArrayList<>();

    ChromeDriver eddie = signedIn(base, "eddie", "app/desk.xhtml");
    try {
      Browser.waitFor(eddie).until(ExpectedConditions.presenceOfElementLocated(By.id("desk:stories")));
      XssProbe.check(eddie, "desk", findings);
      // The probe itself works: a planted handler, a script without nonce and a call of the marker are all seen.
      eddie.executeScript("var i = document.createElement('img'); i.id = 'planted'; i.setAttribute('onerror', 'xss(0)');"
          + " document.body.appendChild(i); var s = document.createElement('script'); s.id = 'plantedScript'; document.body.appendChild(s); xss('self-test');");
      List<String> planted = XssProbe.dangerousMarkup(eddie);
      assertTrue(planted.stream().anyMatch(f -> f.startsWith("handler onerror")), planted.toString());
      assertTrue(planted.stream().anyMatch(f -> f.startsWith("script without nonce")), planted.toString());
      assertEquals(List.of("self-test"), XssProbe.firedAndReset(eddie));
      List<String> blocked = new ArrayList<>();
      Browser.waitFor(eddie).until(d -> blocked.addAll(XssProbe.cspViolationsAndReset(eddie)) && blocked.stream().anyMatch(v -> v.contains("script-src-attr")));
      eddie.executeScript("document.getElementById('planted').remove(); document.getElementById('plantedScript').remove();");
      for (Stored s : stories) {
        JsonObject story = api.get("eddie", "stories/" + s.id()).json();
        JsonObject current = api.get("eddie", "stories/" + s.id() + "/revisions/" + story.getInt("currentRevision")).json();
        String page = s.how() + " story " + s.id() + " editor";
        Browser.open(eddie, base + "app/story.xhtml?id=" + s.id());
        Browser.waitFor(eddie).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor")));
        XssProbe.check(eddie, page, findings);
        String headline = String.valueOf(eddie.executeScript("return document.getElementById('editor:headline').value;"));
        if (!headline.equals(current.getString("headline"))) {
          findings.add(page + ": headline field shows [" + headline + "], stored [" + current.getString("headline") + "]");
        }
        payloadsShownAsText(eddie, ".ql-editor", s, page, findings);
        for (String beyond : markupBeyondThePolicy(current.getString("body"))) {
          findings.add(s.how() + " story " + s.id() + ": stored body keeps " + beyond);
        }

        page = s.how() + " story " + s.id() + " history";
        Browser.open(eddie, base + "app/history.xhtml?id=" + s.id());
        Browser.waitFor(eddie).until(ExpectedConditions.elementToBeClickable(By.id("history:compare"))).click();
        Browser.waitFor(eddie).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history\\:diff .diff-body")));
        XssProbe.check(eddie, page, findings);
        if (!textOf(eddie, "#history\\:diff").contains(squash(current.getString("headline")).split(" ")[0])) {
          findings.add(page + ": the compare shows no headline");
        }
      }
      // The desk's search: first a word nobody wrote, then one that only the payloads contain.
      for (String words : List.of("nowordlikethis", "onerror")) {
        eddie.get(base + "app/desk.xhtml");
        WebElement search = Browser.waitFor(eddie).until(ExpectedConditions.elementToBeClickable(By.id("desk:text")));
        XssProbe.check(eddie, "desk before searching " + words, findings);
        search.sendKeys(words);
        eddie.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 1500);");
        Browser.waitFor(eddie).until(d -> Boolean.TRUE.equals(eddie.executeScript(
            "return window.jQuery.active === 0 && PrimeFaces.ajax.Queue.isEmpty();")));
        XssProbe.check(eddie, "desk search for " + words, findings);
        String listed = textOf(eddie, "#desk\\:stories");
        if (words.equals("onerror") != listed.contains("XSS")) {
          findings.add("desk search for " + words + " lists [" + listed.substring(0, Math.min(300, listed.length())) + "]");
        }
      }
    } finally {
      Browser.closeChecked(eddie);
    }

    ChromeDriver fran = signedIn(base, "fran", "app/factcheck.xhtml?story=" + stories.get(0).id());
    try {
      for (Stored s : stories) {
        String page = s.how() + " story " + s.id() + " fact-check";
        Browser.open(fran, base + "app/factcheck.xhtml?story=" + s.id());
        Browser.waitFor(fran).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-paragraph")));
        XssProbe.check(fran, page, findings);
        payloadsShownAsText(fran, ".fc-text, main", s, page, findings);
      }
    } finally {
      Browser.closeChecked(fran);
    }
    assertNoFindings(findings);
  }

  @Test
  @Order(3)
  void payloadsTypedAndPastedInTheEditorAreSavedAsHarmlessText() throws Exception {
    List<Payload> sample = XssCorpus.all().stream().filter(p -> p.number() % 7 == 1).toList();
    List<String> findings = new ArrayList<>();
    ChromeDriver rita = signedIn(base, "rita", "app/story.xhtml");
    long id;
    try {
      Browser.waitFor(rita).until(ExpectedConditions.textToBe(By.tagName("h1"), "New story"));
      rita.findElement(By.id("editor:headline")).sendKeys("Editor XSS " + sample.get(0).text());
      rita.findElement(By.id("editor:standfirst")).sendKeys("Typed " + sample.get(1).text());
      WebElement editor = rita.findElement(By.cssSelector(".ql-editor"));
      editor.click();
      // Typed: what a reporter writes is text, whatever it looks like.
      editor.sendKeys("Payload " + sample.get(2).number() + " as text: " + sample.get(2).text());
      // Pasted: HTML on the clipboard goes through the editor's paste path, which parses it in an
      // inert document (DOMParser). Chromium reports the CSP's verdict on the handlers it meets while
      // parsing even there, so the violations of the paste are measured against a bare inert parse of
      // the same HTML: the paste must add none of its own, leave nothing executable and run nothing.
      String pasted = sample.stream().map(p -> "<p>Pasted " + p.number() + "</p>" + p.text()).collect(Collectors.joining());
      XssProbe.check(rita, "editor before pasting", findings);
      rita.executeScript("new DOMParser().parseFromString(arguments[0], 'text/html');", pasted);
      rita.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 300);");
      List<String> inertParse = XssProbe.cspViolationsAndReset(rita);
      rita.executeScript("var q = PrimeFaces.widgets.bodyEditor.editor; q.clipboard.dangerouslyPasteHTML(q.getLength(), arguments[0]);", pasted);
      rita.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 300);");
      List<String> paste = XssProbe.cspViolationsAndReset(rita);
      assertEquals(inertParse, paste, "the paste reports only what parsing the HTML inertly reports");
      XssProbe.check(rita, "editor after pasting", findings);
      rita.findElement(By.cssSelector("input[id$='creditName']")).sendKeys("Rita Reyes");
      rita.findElement(By.id("editor:save")).click();
      Browser.waitFor(rita).until(ExpectedConditions.urlMatches("story\\.xhtml\\?.*\\bid=\\d+"));
      id = Long.parseLong(rita.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
      Browser.waitFor(rita).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ql-editor")));
      XssProbe.check(rita, "editor after save", findings);

      // A client that skips the editor: raw markup put straight into the body's form field, then saved.
      rita.findElement(By.id("editor:headline")).click();
      ((JavascriptExecutor) rita).executeScript("document.getElementById('editor:body_input').value = arguments[0];",
          "<p>Payload " + sample.get(2).number() + " as text: " + sample.get(2).escaped() + "</p>"
              + sample.stream().map(Payload::text).collect(Collectors.joining()));
      rita.findElement(By.id("editor:save")).click();
      Browser.waitFor(rita).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
      XssProbe.check(rita, "editor after a raw save", findings);
    } finally {
      Browser.closeChecked(rita);
    }
    Api api = new Api(base);
    JsonObject revision = api.get("rita", "stories/" + id + "/revisions/1").json();
    JsonObject raw = api.get("rita", "stories/" + id + "/revisions/2").json();
    assertEquals(squash("Editor XSS " + sample.get(0).text().replaceAll("<[^>]*>", " ")), squash(revision.getString("headline")),
        "the headline is stored as plain text");
    String body = revision.getString("body");
    assertTrue(body.contains("Payload " + sample.get(2).number() + " as text: "), body);
    assertTrue(body.contains("&lt;") || !sample.get(2).text().contains("<"), "typed markup is stored as text: " + body);
    for (String saved : List.of(body, raw.getString("body"))) {
      assertEquals(List.of(), markupBeyondThePolicy(saved), saved);
    }
    assertTrue(raw.getString("body").contains("Payload " + sample.get(2).number() + " as text: "), "the raw save was stored: " + raw);
    toFactCheck(api, id);
    synchronized (this) {
      stories();
      List<Stored> with = new ArrayList<>(stored);
      with.add(new Stored(id, "editor", List.of()));
      stored = with;
    }
    assertNoFindings(findings);
  }

  @Test
  @Order(4)
  void publishedPayloadsNeverRunOnThePublicPagesAndTheFeedsEscapeThem() throws Exception {
    List<Stored> stories = stories();
    Api api = new Api(base);
    List<String> findings = new ArrayList<>();
    for (Stored s : stories) {
      publish(api, s.id());
    }
    ChromeDriver reader = Browser.start();
    XssProbe.arm(reader);
    try {
      for (Stored s : stories) {
        JsonObject story = api.get("eddie", "stories/" + s.id()).json();
        JsonObject published = api.get("eddie", "stories/" + s.id() + "/revisions/" + story.getInt("publishedRevision")).json();
        String page = s.how() + " story " + s.id() + " public page";
        reader.get(base + "news/" + story.getString("slug"));
        XssProbe.check(reader, page, findings);
        if (!textOf(reader, "h1").equals(squash(published.getString("headline")))) {
          findings.add(page + ": h1 [" + textOf(reader, "h1") + "] is not the stored headline [" + published.getString("headline") + "]");
        }
        if (!published.isNull("standfirst") && published.containsKey("standfirst")
            && !textOf(reader, ".standfirst").equals(squash(published.getString("standfirst")))) {
          findings.add(page + ": standfirst [" + textOf(reader, ".standfirst") + "] is not the stored one");
        }
        Object ld = reader.executeScript(
            "var s = document.querySelector('script[type=\"application/ld+json\"]'); return s ? JSON.parse(s.textContent).headline : null;");
        if (!published.getString("headline").equals(ld)) {
          findings.add(page + ": JSON-LD headline [" + ld + "] is not the stored headline");
        }
        payloadsShownAsText(reader, ".body", s, page, findings);
      }
      reader.get(base.toString());
      XssProbe.check(reader, "front page", findings);
      for (String feed : List.of("feeds/rss.xml", "feeds/atom.xml")) {
        reader.get(base + feed);
        XssProbe.check(reader, feed + " in Chromium", findings);
      }
    } finally {
      Browser.closeChecked(reader);
    }

    for (String feed : List.of("feeds/rss.xml", "feeds/atom.xml")) {
      HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + feed)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, r.statusCode(), feed);
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
      List<String> titles = new ArrayList<>();
      NodeList nodes = xml.getElementsByTagNameNS("*", "title");
      for (int i = 0; i < nodes.getLength(); i++) {
        titles.add(nodes.item(i).getTextContent());
      }
      NodeList all = xml.getElementsByTagNameNS("*", "*");
      for (int i = 0; i < all.getLength(); i++) {
        String name = all.item(i).getLocalName().toLowerCase();
        if (List.of("script", "iframe", "img", "svg", "object", "embed", "style").contains(name)) {
          findings.add(feed + ": element <" + name + "> in the feed");
        }
        if (all.item(i).getAttributes() != null) {
          for (int a = 0; a < all.item(i).getAttributes().getLength(); a++) {
            if (all.item(i).getAttributes().item(a).getNodeName().toLowerCase().startsWith("on")) {
              findings.add(feed + ": handler attribute in the feed");
            }
          }
        }
      }
      int items = xml.getElementsByTagNameNS("*", feed.contains("rss") ? "item" : "entry").getLength();
      assertTrue(items > 0, feed + " lists stories");
      // The feeds list the newest stories, so the payload stories published last are all there with their exact headlines, as text.
      for (Stored s : stories.subList(Math.max(0, stories.size() - items), stories.size())) {
        JsonObject story = api.get("eddie", "stories/" + s.id()).json();
        JsonObject published = api.get("eddie", "stories/" + s.id() + "/revisions/" + story.getInt("publishedRevision")).json();
        if (!titles.contains(published.getString("headline"))) {
          findings.add(feed + ": no title [" + published.getString("headline") + "]");
        }
      }
    }
    assertNoFindings(findings);
  }
}
