package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Words typed in the editor are not lost unseen. A Save the server did not carry out says so on
 * the page, and the words typed stay where they were (PrimeFaces alone only logs such a failure,
 * so it looked like a save that happened). Leaving the page before the server has the words asks
 * first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestFailureBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  @Test
  void aSaveSentWhileTheNetworkIsDownIsReportedAndTheTextIsSavedOnceItIsBack() {
    Api api = new Api(base);
    long id = RequestFailures.openNewStory(browser, base, "Offline story");
    Browser.typeBody(browser, "The tram line reopens on Sunday after repairs.");

    setOffline(true);
    browser.findElement(By.id("editor:save")).click();
    String shown = RequestFailures.bannerText(browser);
    assertTrue(shown.startsWith("The server did not answer, so this was not done."), shown);
    assertTrue(text(By.cssSelector(".ql-editor")).contains("reopens on Sunday"), "the typed text is still there");
    assertEquals(1, api.get("rita", "stories/" + id).json().getInt("currentRevision"), "nothing was saved");

    setOffline(false);
    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("request-failure")));
    assertTrue(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("reopens on Sunday"));
  }

  @Test
  void anAutosaveThatFailedIsSentAgainOnceTheNetworkIsBackWithoutAnotherKeystroke() {
    RequestFailures.openNewStory(browser, base, "Autosave story");
    setOffline(true);
    Browser.typeBody(browser, "The ferry strike ends at midnight.");
    // The autosave of these words fails (it runs every five seconds while the text changes).
    String shown = RequestFailures.bannerText(browser);
    assertTrue(shown.startsWith("The server did not answer"), shown);
    assertEquals("", text(By.id("editor:autosaveStatus")), "nothing was autosaved");

    setOffline(false);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:autosaveStatus"), "kept at"));
    // The banner was about the autosave, which has now got through.
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("request-failure")));
    // Kept on the server: opening the story again offers the autosaved words back.
    browser.navigate().refresh();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:restoreCopy"))).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ql-editor"), "ends at midnight"));
  }

  @Test
  void aSaveFromAPageTheServerNoLongerHoldsSaysToCopyTheTextAndReload() {
    Api api = new Api(base);
    long id = RequestFailures.openNewStory(browser, base, "Expired story");
    Browser.typeBody(browser, "The council votes on the budget in March.");

    // The session keeps the state of its 15 most recent views (web.xml): twenty desks opened
    // since, in other tabs, leave none for this editor. Its presence heartbeat would keep the
    // view recent; it is stopped first, as a browser all but stops the timers of a tab left in
    // the background.
    Object opened = browser.executeAsyncScript(
        "for (var k in PrimeFaces.widgets) { var w = PrimeFaces.widgets[k];"
            + " if (w instanceof PrimeFaces.widget.Poll) { w.stop(); } }"
            + "var done = arguments[arguments.length - 1], n = 0;"
            + "function next() { if (n === 20) { done(n); return; }"
            + " fetch('desk.xhtml', {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
            + " .then(function () { n++; next(); }, function (e) { done(String(e)); }); }"
            + "next();");
    assertEquals(20L, opened);

    browser.findElement(By.id("editor:save")).click();
    String shown = RequestFailures.bannerText(browser);
    assertTrue(shown.startsWith("The server no longer holds this page"), shown);
    assertTrue(text(By.cssSelector(".ql-editor")).contains("budget in March"), "the typed text is still there");
    assertEquals(1, api.get("rita", "stories/" + id).json().getInt("currentRevision"), "nothing was saved");

    browser.findElement(By.id("request-failure-dismiss")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("request-failure")));
  }

  @Test
  void wordsTypedWhileASaveTravelsStayInTheEditorForTheNextSave() {
    Api api = new Api(base);
    long id = RequestFailures.openNewStory(browser, base, "Travelling save");
    Browser.typeBody(browser, "The night bus runs until two.");
    // Every request takes a second and a half: the words below are typed while the save is away.
    setLatency(1500);
    browser.findElement(By.id("editor:save")).click();
    browser.findElement(By.cssSelector(".ql-editor")).sendKeys(Keys.END, " Tickets cost two euros.");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
    setLatency(0);

    assertEquals("The night bus runs until two. Tickets cost two euros.", text(By.cssSelector(".ql-editor")),
        "the answer to the save leaves what was typed meanwhile");
    String saved = api.get("rita", "stories/" + id + "/revisions/2").json().getString("body");
    assertTrue(saved.contains("runs until two") && !saved.contains("Tickets"), saved);
    assertTrue(text(By.cssSelector(".editor-meta")).contains("Revision 2"), "the heading says which revision the form is on");

    browser.findElement(By.id("editor:save")).click();
    waiting().until(d -> api.get("rita", "stories/" + id).json().getInt("currentRevision") == 3);
    assertTrue(api.get("rita", "stories/" + id + "/revisions/3").json().getString("body").contains("Tickets cost two euros."),
        "saved on top of revision 2, with no conflict");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".editor-meta"), "Revision 3"));
  }

  @Test
  void formattingTheNewsroomDoesNotKeepIsShownGoneAfterTheSave() {
    Api api = new Api(base);
    long id = RequestFailures.openNewStory(browser, base, "Underlined story");
    Browser.typeBody(browser, "The lighthouse reopens in June.");
    // Quill underlines (Ctrl+U); the body's policy keeps no underline.
    browser.executeScript("PrimeFaces.widgets.bodyEditor.editor.formatText(4, 10, 'underline', true);");
    assertEquals(1, browser.findElements(By.cssSelector(".ql-editor u")).size());
    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Formatting the newsroom does not keep was removed"));
    waiting().until(d -> d.findElements(By.cssSelector(".ql-editor u")).isEmpty());
    assertEquals("The lighthouse reopens in June.", text(By.cssSelector(".ql-editor")), "the words stay");
    assertFalse(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("<u>"));
  }

  /*
   * The browser asks "leave this page?" when the page cancels the beforeunload event it fires.
   * ChromeDriver accepts that question by itself (WebDriver's rule for it), so the test fires the
   * event the way the browser does and reads the page's answer.
   */
  @Test
  void leavingWithWordsTheServerHasNotKeptAsksFirstAndLeavingOnceTheyAreKeptDoesNot() {
    Api api = new Api(base);
    long id = RequestFailures.openNewStory(browser, base, "Leaving story");
    assertFalse(asksBeforeLeaving(), "nothing typed yet");
    // Every request takes three seconds: an autosave sent while the test asks is still on its
    // way, so the words are on this page only, whenever the five-second autosave comes.
    setLatency(3000);
    Browser.typeBody(browser, "The harbour bridge closes for repairs on Monday.");
    assertTrue(asksBeforeLeaving(), "typed, not kept");
    setLatency(0);

    // Kept by the autosave: the desk opens without a question.
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:autosaveStatus"), "kept at"));
    assertFalse(asksBeforeLeaving(), "kept by the autosave");
    browser.findElement(By.linkText("Desk")).click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));

    // Saved with the button, sooner than the next autosave: no question either.
    Browser.open(browser, base + "app/story.xhtml?id=" + id);
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
    Browser.typeBody(browser, "The harbour bridge reopens on Friday.");
    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
    waiting().until(driver -> Boolean.TRUE.equals(browser.executeScript("return PrimeFaces.ajax.Queue.isEmpty();")));
    assertFalse(asksBeforeLeaving(), "saved");
    assertTrue(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("reopens on Friday"));

    // Typing again asks again.
    Browser.typeBody(browser, "The harbour bridge reopens on Saturday.");
    assertTrue(asksBeforeLeaving(), "typed after the save");
  }

  @Test
  void theFirstSaveOfANewStoryLeavesThePageWithoutAQuestion() {
    browser.get(base + "app/story.xhtml");
    Browser.signIn(browser, "rita", Deployments.PASSWORD);
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "New story"));
    String headline = "Leaving new story " + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("editor:headline")).sendKeys(headline);
    Browser.typeBody(browser, "The ferry timetable changes in spring.");
    browser.findElement(By.cssSelector("input[id$='creditName']")).sendKeys("Rita Reyes");
    assertTrue(asksBeforeLeaving(), "typed, not kept");
    // The Save of a story that does not exist yet sends the whole page. The browser fires
    // beforeunload after the form's submit event has gone through the page (editor.js listens for
    // it on the window, as this listener, added later, does).
    browser.executeScript("window.addEventListener('submit', function () {"
        + " var ev = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(ev);"
        + " sessionStorage.setItem('askedOnSubmit', String(ev.defaultPrevented)); });");
    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.urlMatches("story\\.xhtml\\?.*\\bid=\\d+"));
    assertEquals("false", browser.executeScript("return sessionStorage.getItem('askedOnSubmit');"));
  }

  /** Whether the page asks before it is left: it cancels the beforeunload event. */
  private boolean asksBeforeLeaving() {
    return Boolean.TRUE.equals(browser.executeScript(
        "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
  }

  private void setLatency(int millis) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.emulateNetworkConditions",
        Map.of("offline", false, "latency", millis, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private void setOffline(boolean offline) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  /** Shared with {@link BusyServerBrowserIT}. */
  static final class RequestFailures {

    private RequestFailures() {}

    /** Rita's new story, created through the API, open in her editor; its id. */
    static long openNewStory(org.openqa.selenium.chrome.ChromeDriver browser, URL base, String title) {
      String headline = title + " " + UUID.randomUUID().toString().substring(0, 8);
      long id = new Api(base).post("rita", "stories", Api.story(headline, "<p>First words.</p>")).json()
          .getJsonNumber("id").longValue();
      browser.get(base + "app/story.xhtml?id=" + id);
      Browser.signIn(browser, "rita", Deployments.PASSWORD);
      Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      return id;
    }

    /** The failure banner's text, once it is shown. */
    static String bannerText(org.openqa.selenium.chrome.ChromeDriver browser) {
      return Browser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("request-failure-text"))).getText();
    }
  }
}
