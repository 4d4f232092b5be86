package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reporter in a real browser: signs in, sees the desk; a wrong password is told so; an ajax action
 * after the session ended leads to the login page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;





  @Test
  void aReporterSignsInAndSeesTheDesk() {
    String hidden = "Robin's browser-test draft " + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(201, new Api(base).post("robin", "stories", Api.story(hidden, "<p>Draft text.</p>")).status());
    browser.get(base + "app/desk.xhtml");
    assertEquals("Sign in to Copydesk", browser.findElement(By.tagName("h1")).getText());
    signIn("rita", Deployments.PASSWORD);

    Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    assertTrue(browser.getCurrentUrl().endsWith("/app/desk.xhtml"));
    assertTrue(browser.findElement(By.cssSelector(".masthead .who")).getText().contains("rita"));
    List<String> headlines = browser.findElements(By.cssSelector(".headline")).stream().map(WebElement::getText).toList();
    assertFalse(headlines.isEmpty());
    assertFalse(headlines.contains(hidden), "robin's draft stays hidden");
    assertTrue(browser.findElement(By.cssSelector(".ui-paginator-current")).getText().matches("\\d+ stories"));
    // With no state chosen the table holds the stories of every tab, robin's draft in none of them.
    long everyTab = browser.findElements(By.cssSelector("#desk\\:counts a.state")).stream().mapToLong(DeskBrowserIT::trailingNumber).sum();
    assertEquals(everyTab, paginatorTotal());
  }

  private long paginatorTotal() {
    return trailingNumber(browser.findElement(By.cssSelector(".ui-paginator-current")).getText().replace(" stories", ""));
  }

  private static long trailingNumber(WebElement e) {
    return trailingNumber(e.getText());
  }

  private static long trailingNumber(String text) {
    return Long.parseLong(text.substring(text.lastIndexOf(' ') + 1).strip());
  }

  @Test
  void theDeskFiltersByState() {
    browser.get(base + "login.xhtml");
    signIn("eddie", Deployments.PASSWORD);
    WebDriverWait wait = Browser.waitFor(browser);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    // The counts per state are links that filter the desk.
    browser.findElement(By.cssSelector("#desk\\:counts a.state-READY")).click();
    wait.until(ExpectedConditions.urlContains("state=READY"));
    wait.until(d -> d.findElements(By.cssSelector("#desk\\:stories span.state")).stream().allMatch(e -> e.getText().equals("Ready")));
    assertFalse(browser.findElements(By.cssSelector("#desk\\:stories span.state")).isEmpty());
    assertTrue(browser.findElement(By.id("desk:counts")).getText().contains("Ready"), "the counts per state stay in view");
    assertEquals("Ready", new Select(browser.findElement(By.id("desk:state"))).getFirstSelectedOption().getText(), "the state menu shows the filter");
    assertEquals(trailingNumber(browser.findElement(By.cssSelector("#desk\\:counts a.state-READY"))), paginatorTotal(),
        "the table holds as many stories as the Ready tab says");
  }

  /**
   * The filters are the browser's own select and date inputs: choosing from them updates the table
   * and the tabs by ajax, and every story the table then shows opens in the editor from its row.
   */
  @Test
  void theNativeFiltersNarrowTheTableAndItsRowsOpenTheEditor() {
    browser.get(base + "login.xhtml");
    signIn("eddie", Deployments.PASSWORD);
    // The table and the tabs are replaced by each ajax update: an element read during one is stale.
    WebDriverWait wait = Browser.waitFor(browser);
    wait.ignoring(StaleElementReferenceException.class);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    long all = paginatorTotal();

    long ready = trailingNumber(browser.findElement(By.cssSelector("#desk\\:counts a.state-READY")));
    new Select(browser.findElement(By.id("desk:state"))).selectByVisibleText("Ready");
    wait.until(d -> paginatorTotal() == ready);
    assertTrue(ready < all, "Ready holds fewer stories than the whole desk: " + ready + " of " + all);
    assertTrue(browser.findElements(By.cssSelector("#desk\\:stories span.state")).stream().allMatch(e -> e.getText().equals("Ready")));

    // A date after every change: nothing left, and the table says so.
    WebElement from = browser.findElement(By.id("desk:changedFrom"));
    assertEquals("date", from.getAttribute("type"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value = '2099-01-01'; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", from);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("desk:stories"), "No stories to show."));
    assertEquals(0, paginatorTotal());
    assertEquals(0, trailingNumber(browser.findElement(By.cssSelector("#desk\\:counts a.state-READY"))), "the tabs count under the same filters");

    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value = ''; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.findElement(By.id("desk:changedFrom")));
    new Select(browser.findElement(By.id("desk:state"))).selectByVisibleText("All states");
    wait.until(d -> paginatorTotal() == all);

    // The row's link carries the session's token for the protected editor, so it opens the story.
    WebElement first = browser.findElement(By.cssSelector("#desk\\:stories a.headline"));
    String headline = first.getText();
    first.click();
    wait.until(ExpectedConditions.urlContains("/app/story.xhtml"));
    wait.until(d -> headline.equals(d.findElement(By.id("editor:headline")).getAttribute("value")));
  }

  @Test
  void anAjaxActionAfterTheSessionEndedLeadsToTheLoginPage() {
    browser.get(base + "login.xhtml");
    signIn("eddie", Deployments.PASSWORD);
    WebDriverWait wait = Browser.waitFor(browser);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    // The session ends behind the page's back (as after a timeout or a sign-out in another tab).
    browser.manage().deleteAllCookies();
    browser.findElement(By.id("desk:text")).sendKeys("budget");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in to Copydesk"));
    assertTrue(browser.getCurrentUrl().endsWith("/login.xhtml"), browser.getCurrentUrl());
    signIn("eddie", Deployments.PASSWORD);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
  }

  @Test
  void aWrongPasswordShowsAClearMessage() {
    browser.get(base + "login.xhtml");
    signIn("rita", "wrong-password");
    WebElement message = Browser.waitFor(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    assertTrue(message.getText().contains("Wrong user name or password"), message.getText());
    assertEquals("Sign in to Copydesk", browser.findElement(By.tagName("h1")).getText());
  }
}
