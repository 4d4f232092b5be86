package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Faces login over HTTP: protection, session fixation, wrong passwords, sign-out, the desk. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  /** A fresh draft by robin: the newest change, so it would top any desk allowed to see it. */
  private String robinsNewDraft() {
    String headline = "Robin's fresh draft " + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, new Api(base).post("robin", "stories", Api.story(headline, "<p>Draft text.</p>")).status());
    return headline;
  }

  @Test
  void aProtectedPageShowsTheLoginAndTheLoginReturnsThereWithANewSession() {
    String hidden = robinsNewDraft();
    FormLogin browser = new FormLogin(base);
    HttpResponse<String> desk = browser.get("app/desk.xhtml?state=READY");
    assertEquals(200, desk.statusCode());
    Document loginPage = Jsoup.parse(desk.body());
    assertEquals("Sign in to Copydesk", loginPage.select("h1").text());
    assertTrue(loginPage.select("input[name=target]").val().endsWith("/app/desk.xhtml?state=READY"));
    String before = browser.sessionId();
    assertNotNull(before);

    HttpResponse<String> login = browser.login(desk.body(), "rita", Deployments.PASSWORD);
    assertEquals(302, login.statusCode(), login.body());
    assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/app/desk.xhtml?state=READY"));
    assertNotEquals(before, browser.sessionId(), "the session id changes at login");

    Document page = Jsoup.parse(browser.get("app/desk.xhtml").body());
    assertEquals("Stories on the desk", page.select("h1").text());
    assertTrue(page.text().contains("Signed in as rita"));
    assertFalse(page.select(".headline").isEmpty(), "rita sees stories");
    assertFalse(page.text().contains(hidden), "but not robin's drafts");
  }

  /**
   * The desk's date filters are native date inputs, which send year-month-day; a request that sends
   * something else (another client, an old browser's text box) is told how to write the date, and
   * the table is left as it was.
   */
  @Test
  void aDeskDateThatIsNotADateIsRefusedWithAMessage() {
    FormLogin rita = new FormLogin(base);
    assertEquals(302, rita.login(rita.get("login.xhtml").body(), "rita", Deployments.PASSWORD).statusCode());
    HttpResponse<String> desk = rita.get("app/desk.xhtml");
    HttpResponse<String> bad = rita.ajax("app/desk.xhtml", desk.body(), "desk", "desk:changedFrom", "desk:stories desk:counts desk:messages",
        Map.of("desk:changedFrom", "5 December", "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
    assertEquals(200, bad.statusCode(), bad.body());
    assertTrue(bad.body().contains("Give the date as year-month-day, such as 2026-12-05."), bad.body());

    HttpResponse<String> good = rita.ajax("app/desk.xhtml", desk.body(), "desk", "desk:changedFrom", "desk:stories desk:counts desk:messages",
        Map.of("desk:changedFrom", "2099-01-01", "jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change"));
    assertFalse(good.body().contains("year-month-day"), good.body());
    assertTrue(good.body().contains("No stories to show."), "no story changed after 2099: " + good.body());
  }

  @Test
  void anAjaxRequestFromAnEndedSessionIsSentToTheLoginPageNotLeftWithoutAnswer() {
    FormLogin browser = new FormLogin(base);
    String login = base.getPath() + "login.xhtml";
    // The session has ended (or never was): a desk filter's ajax post is forwarded to the login page.
    HttpResponse<String> ajax = browser.post("app/desk.xhtml", Map.of("jakarta.faces.partial.ajax", "true",
        "jakarta.faces.source", "desk:view", "jakarta.faces.partial.execute", "desk:view", "desk:view", "MINE"),
        "Faces-Request", "partial/ajax");
    assertEquals(200, ajax.statusCode(), ajax.body());
    assertTrue(ajax.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"), ajax.headers().toString());
    assertEquals("<partial-response><redirect url=\"" + login + "\"></redirect></partial-response>",
        ajax.body().substring(ajax.body().indexOf("<partial-response>")));

    // An ended session's redirect, followed by the browser inside the same ajax request.
    HttpResponse<String> followed = browser.get("login.xhtml", "Faces-Request", "partial/ajax");
    assertTrue(followed.body().contains("<redirect url=\"" + login + "\">"), followed.body());

    // The login page itself, and its own form, are untouched.
    HttpResponse<String> page = browser.get("login.xhtml");
    assertEquals("Sign in to Copydesk", Jsoup.parse(page.body()).select("h1").text());
    HttpResponse<String> signedIn = browser.login(page.body(), "rita", Deployments.PASSWORD);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
  }

  @Test
  void aWrongPasswordSaysSoAndLetsNobodyIn() {
    FormLogin browser = new FormLogin(base);
    HttpResponse<String> page = browser.get("login.xhtml");
    HttpResponse<String> failed = browser.login(page.body(), "rita", "not-her-password");
    assertEquals(200, failed.statusCode());
    assertTrue(Jsoup.parse(failed.body()).text().contains("Wrong user name or password"));
    HttpResponse<String> desk = browser.get("app/desk.xhtml");
    assertEquals("Sign in to Copydesk", Jsoup.parse(desk.body()).select("h1").text(), "still signed out");

    HttpResponse<String> unknown = browser.login(desk.body(), "nobody", "whatever-it-is");
    assertTrue(Jsoup.parse(unknown.body()).text().contains("Wrong user name or password"));

    HttpResponse<String> retry = browser.login(unknown.body(), "rita", Deployments.PASSWORD);
    assertEquals(302, retry.statusCode(), "a failed attempt does not spoil the next one");
    assertTrue(Jsoup.parse(browser.get("app/desk.xhtml").body()).text().contains("Signed in as rita"));
  }

  @Test
  void signingOutEndsTheSession() {
    String draft = robinsNewDraft();
    FormLogin browser = new FormLogin(base);
    browser.login(browser.get("login.xhtml").body(), "eddie", Deployments.PASSWORD);
    Document desk = Jsoup.parse(browser.get("app/desk.xhtml").body());
    assertTrue(desk.text().contains("Signed in as eddie"));
    assertTrue(desk.text().contains(draft), "editors see every draft");
    HttpResponse<String> out = browser.post("logout", Map.of());
    assertEquals(302, out.statusCode());
    assertEquals("Sign in to Copydesk", Jsoup.parse(browser.get("app/desk.xhtml").body()).select("h1").text());
  }

  @Test
  void theApiIgnoresTheBrowserSession() {
    FormLogin browser = new FormLogin(base);
    browser.login(browser.get("login.xhtml").body(), "eddie", Deployments.PASSWORD);
    assertEquals(401, browser.get("api/stories").statusCode(), "a session cookie is not an API credential");
  }
}
