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
import org.openqa.selenium.support.ui.ExpectedConditions;
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
    assertEquals("Ready", browser.findElement(By.id("desk:state_label")).getText(), "the state menu shows the filter");
    assertEquals(trailingNumber(browser.findElement(By.cssSelector("#desk\\:counts a.state-READY"))), paginatorTotal(),
        "the table holds as many stories as the Ready tab says");
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
