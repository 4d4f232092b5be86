package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The newsroom in real browsers: writing, the workflow steps a user may take, and two people saving at once. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private static void signIn(ChromeDriver browser, String user) {
    Browser.signIn(browser, user, Deployments.PASSWORD);
  }

  private static WebDriverWait waiting(ChromeDriver browser) {
    return Browser.waitFor(browser);
  }

  /** A story of rita's, made through the API. */
  private long ritasStory(Api api, String headlineStart, String body) throws Exception {
    String headline = headlineStart + " " + UUID.randomUUID().toString().substring(0, 8);
    return api.post("rita", "stories", Api.story(headline, body)).json().getJsonNumber("id").longValue();
  }

  /** The editor of a story, as a user who signs in on the way. */
  private void openEditor(ChromeDriver browser, long id, String user) {
    browser.get(base + "app/story.xhtml?id=" + id);
    signIn(browser, user);
    waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
  }

  private void runTransition(ChromeDriver browser, String transition, String comment) {
    browser.findElement(By.cssSelector("button.transition-" + transition)).click();
    WebElement dialog = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:actionDialog")));
    if (comment != null) {
      dialog.findElement(By.tagName("textarea")).sendKeys(comment);
    }
    browser.findElement(By.id("editor:confirm")).click();
    waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:actionDialog")));
  }

  @Test
  void aReporterWritesAndSubmitsAnEditorApprovesTheCheckerSignsOffTheEditorPublishes() throws Exception {
    String headline = "Browser story " + UUID.randomUUID().toString().substring(0, 8);
    ChromeDriver rita = Browser.start();
    long id;
    try {
      rita.get(base + "app/story.xhtml");
      signIn(rita, "rita");
      waiting(rita).until(ExpectedConditions.textToBe(By.tagName("h1"), "New story"));
      rita.findElement(By.id("editor:headline")).sendKeys(headline);
      Browser.typeBody(rita, "The ferry now runs every hour from the north quay.");
      waiting(rita).until(ExpectedConditions.textToBe(By.id("word-count"), "10"));
      rita.findElement(By.cssSelector("input[id$='creditName']")).sendKeys("Rita Reyes");
      rita.findElement(By.id("editor:save")).click();
      // The editor's own address after the first save, with the session's view token.
      waiting(rita).until(ExpectedConditions.urlMatches("story\\.xhtml\\?.*\\bid=\\d+"));
      id = Long.parseLong(rita.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
      List<String> buttons = rita.findElements(By.cssSelector(".workflow-actions button")).stream().map(WebElement::getText).toList();
      assertEquals(List.of("Submit"), buttons, "a reporter sees only what she may do");
      runTransition(rita, "SUBMIT", null);
      waiting(rita).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".editor-meta .state"), "Editing"));
    } finally {
      Browser.closeChecked(rita);
    }

    ChromeDriver eddie = Browser.start();
    try {
      eddie.get(base + "app/story.xhtml?id=" + id);
      signIn(eddie, "eddie");
      waiting(eddie).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      assertFalse(eddie.findElements(By.cssSelector("button.transition-APPROVE")).isEmpty());
      assertTrue(eddie.findElements(By.cssSelector("button.transition-PUBLISH")).isEmpty(), "nothing to publish yet");
      runTransition(eddie, "APPROVE", null);
      waiting(eddie).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".editor-meta .state"), "Fact-check"));
      new Api(base).verifyAllClaims(id);
      assertEquals(200, new Api(base).post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
      eddie.navigate().refresh();
      waiting(eddie).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.transition-PUBLISH")));
      runTransition(eddie, "PUBLISH", null);
      waiting(eddie).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".editor-meta .state"), "Published"));
    } finally {
      Browser.closeChecked(eddie);
    }
    JsonObject story = new Api(base).get("eddie", "stories/" + id).json();
    assertEquals("PUBLISHED", story.getString("state"));
  }

  @Test
  void whenTwoPeopleSaveTheSecondSeesTheOtherChangesAndLosesNothing() throws Exception {
    Api api = new Api(base);
    String headline = "Conflict story " + UUID.randomUUID().toString().substring(0, 8);
    long id = api.post("rita", "stories", Api.story(headline, "<p>The market opens on Monday.</p>")).json().getJsonNumber("id").longValue();
    ChromeDriver rita = Browser.start();
    ChromeDriver eddie = Browser.start();
    try {
      rita.get(base + "app/story.xhtml?id=" + id);
      signIn(rita, "rita");
      eddie.get(base + "app/story.xhtml?id=" + id);
      signIn(eddie, "eddie");
      waiting(rita).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      waiting(eddie).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      assertTrue(eddie.findElement(By.id("editor:presencePanel")).getText().contains("Rita Reyes is editing this story since"),
          "presence: eddie sees who else is in the story");

      Browser.typeBody(eddie, "The market opens on Tuesday.");
      eddie.findElement(By.id("editor:save")).click();
      waiting(eddie).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));

      Browser.typeBody(rita, "The market opens on Monday at dawn, rain or shine.");
      rita.findElement(By.id("editor:save")).click();
      WebElement conflict = waiting(rita).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:conflictPanel")));
      assertTrue(conflict.findElement(By.cssSelector(".diff-INSERT")).getText().contains("Tuesday"), conflict.getText());
      assertTrue(rita.findElement(By.cssSelector(".ql-editor")).getText().contains("rain or shine"), "her text is still there");

      rita.findElement(By.id("editor:merge")).click();
      waiting(rita).until(ExpectedConditions.invisibilityOfElementLocated(By.id("editor:conflictPanel")));
      rita.findElement(By.id("editor:save")).click();
      waiting(rita).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));

      eddie.findElement(By.id("editor:takeOver")).click();
      waiting(eddie).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      waiting(eddie).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "You are now the one editing"));
      rita.navigate().refresh();
      waiting(rita).until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:presencePanel"), "Eddie Lindqvist took over editing"));
    } finally {
      Browser.closeChecked(rita);
      Browser.closeChecked(eddie);
    }
    assertTrue(api.get("eddie", "stories/" + id + "/audit").array().getValuesAs(JsonObject.class).stream()
        .anyMatch(e -> e.getString("action").equals("TAKE_OVER") && e.getString("actor").equals("eddie")), "the take-over is logged");
    JsonObject third = api.get("rita", "stories/" + id + "/revisions/3").json();
    assertTrue(third.getString("body").contains("rain or shine"), third.toString());
    assertEquals("rita", third.getString("author"));
    assertTrue(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("Tuesday"));
  }

  @Test
  void aBookmarkedEditorOpensThroughTheOpenPage() throws Exception {
    Api api = new Api(base);
    String headline = "Bookmarked story " + UUID.randomUUID().toString().substring(0, 8);
    long id = api.post("rita", "stories", Api.story(headline, "<p>Bookmarked text.</p>")).json().getJsonNumber("id").longValue();
    ChromeDriver browser = Browser.start();
    try {
      browser.get(base + "login.xhtml");
      signIn(browser, "rita");
      waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
      // The editor's address typed in or taken from a bookmark: no token, so the open page.
      browser.get(base + "app/story.xhtml?id=" + id);
      waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Open this page?"));
      assertTrue(browser.findElement(By.cssSelector(".open-target")).getText().contains(headline), "it says what is being opened");
      assertTrue(browser.getCurrentUrl().contains("/app/open.xhtml"), browser.getCurrentUrl());
      browser.findElement(By.id("continue")).click();
      waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      assertEquals(headline, browser.findElement(By.id("editor:headline")).getAttribute("value"));
      assertTrue(browser.getCurrentUrl().contains("jakarta.faces.Token="), browser.getCurrentUrl());
    } finally {
      Browser.closeChecked(browser);
    }
  }

  @Test
  void historyComparesTwoRevisionsWordByWord() throws Exception {
    Api api = new Api(base);
    String headline = "History story " + UUID.randomUUID().toString().substring(0, 8);
    long id = api.post("rita", "stories", Api.story(headline, "<p>The bridge closes on Monday.</p>")).json().getJsonNumber("id").longValue();
    api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>The bridge closes on Friday.</p>"));
    ChromeDriver browser = Browser.start();
    try {
      browser.get(base + "app/history.xhtml?id=" + id);
      signIn(browser, "rita");
      waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("history:compare"))).click();
      WebElement diff = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history\\:diff .diff-DELETE")));
      assertTrue(diff.getText().contains("Monday"));
      assertTrue(browser.findElement(By.cssSelector("#history\\:diff .diff-INSERT")).getText().contains("Friday"));

      // Newest first; the first revision is restored as a third, from its row's button.
      List<WebElement> rows = browser.findElements(By.cssSelector("tbody[id='history:revisions_data'] > tr"));
      assertEquals(List.of("2", "1"), rows.stream().map(r -> r.findElement(By.tagName("td")).getText()).toList());
      rows.get(1).findElement(By.tagName("button")).click();
      waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
      waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:messages"), "Restored as a new revision."));
      waiting(browser).until(d -> d.findElements(By.cssSelector("tbody[id='history:revisions_data'] > tr")).size() == 3);
      assertEquals("3", browser.findElement(By.cssSelector("tbody[id='history:revisions_data'] > tr > td")).getText());
      JsonObject current = api.get("rita", "stories/" + id + "/revisions/3").json();
      assertTrue(current.getString("body").contains("Monday"), current.toString());
      assertEquals("Restored from revision 1", current.getString("note"));
    } finally {
      Browser.closeChecked(browser);
    }
  }

  /*
   * The editor (Quill 2) keeps every list in an <ol> and marks each item bullet or ordered; stored
   * as sent, a bullet list came back numbered, and every save of a story with a list said that
   * formatting had been removed. It does not nest lists either: an indented item only says how far
   * in it is, and was stored flat.
   */
  @Test
  void listsMadeWithTheToolbarAreStoredAndShownAsTheKindAndDepthTheyWereMade() throws Exception {
    Api api = new Api(base);
    long id = ritasStory(api, "List story", "<p>Draft.</p>");
    ChromeDriver browser = Browser.start();
    try {
      openEditor(browser, id, "rita");
      Browser.typeBody(browser, "What closes on Monday:");
      WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
      editor.sendKeys(Keys.ENTER, "Ferries");
      browser.findElement(By.cssSelector("button.ql-list[value='bullet']")).click();
      // Tab at the start of an item indents it, Shift+Tab takes the next one back out.
      editor.sendKeys(Keys.ENTER, "Buses", Keys.ENTER, Keys.TAB, "Night buses", Keys.ENTER, Keys.chord(Keys.SHIFT, Keys.TAB));
      browser.findElement(By.cssSelector("button.ql-list[value='ordered']")).click();
      editor.sendKeys("Call the port first");
      String sent = (String) browser.executeScript("return PrimeFaces.widgets.bodyEditor.getEditorValue();");
      assertTrue(sent.contains("<ol><li data-list=\"bullet\">"), "what the editor sends: " + sent);
      assertTrue(sent.contains("<li data-list=\"bullet\" class=\"ql-indent-1\">"), "what the editor sends: " + sent);

      browser.findElement(By.id("editor:save")).click();
      waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
      assertFalse(browser.findElement(By.id("editor:messages")).getText().contains("Formatting"),
          browser.findElement(By.id("editor:messages")).getText());
      String stored = api.get("rita", "stories/" + id + "/revisions/2").json().getString("body");
      assertTrue(stored.contains(
          "<ul><li>Ferries</li><li>Buses<ul><li>Night buses</li></ul></li></ul>\n<ol><li>Call the port first</li></ol>"), stored);

      Browser.open(browser, base + "app/story.xhtml?id=" + id);
      waiting(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
      waiting(browser).until(d -> d.findElements(By.cssSelector(".ql-editor li")).size() == 4);
      assertEquals(List.of("bullet", "bullet", "bullet ql-indent-1", "ordered"), browser.findElements(By.cssSelector(".ql-editor li"))
          .stream().map(li -> (li.getAttribute("data-list") + " " + li.getAttribute("class")).replace(" null", "").strip()).toList());
    } finally {
      Browser.closeChecked(browser);
    }
  }

  @Test
  void unsavedWorkSurvivesAClosedTabAndIsOfferedBack() throws Exception {
    Api api = new Api(base);
    long id = ritasStory(api, "Autosave story", "<p>Saved text.</p>");
    ChromeDriver first = Browser.start();
    try {
      openEditor(first, id, "rita");
      Browser.typeBody(first, "Unsaved words that must not be lost.");
      waiting(first).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".word-count"), "kept at"));
    } finally {
      Browser.closeChecked(first);
    }
    ChromeDriver second = Browser.start();
    try {
      second.get(base + "app/story.xhtml?id=" + id);
      signIn(second, "rita");
      waiting(second).until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:restorePanel")));
      second.findElement(By.id("editor:restoreCopy")).click();
      waiting(second).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ql-editor"), "must not be lost"));
      second.findElement(By.id("editor:save")).click();
      waiting(second).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
    } finally {
      Browser.closeChecked(second);
    }
    assertTrue(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("must not be lost"));
  }
}
