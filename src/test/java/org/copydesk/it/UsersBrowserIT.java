package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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

/**
 * The users page in a real browser (create a user and see it listed, a clear message for a short
 * password, disable after a confirmation) and the idle warning (it appears, "Stay signed in" keeps
 * the session past the time it would have ended, and without an answer the page signs out).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersBrowserIT extends BrowserTest {

  /** A short session for this deployment only, so the warning comes after 8 idle seconds. */
  static final int TIMEOUT = 40;
  static final int WARNING = 32;

  /**
   * The real WAR with its web.xml given a 40-second session and a 32-second warning lead: the
   * settings an operator can change (copydesk.SESSION_TIMEOUT_SECONDS, copydesk.IDLE_WARNING_SECONDS).
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    String warning = "<param-name>copydesk.IDLE_WARNING_SECONDS</param-name>\n    <param-value>120</param-value>";
    return Deployments.appWithWebXml(webXml -> {
      if (!webXml.contains(warning)) {
        throw new IllegalStateException("web.xml no longer has the idle warning parameter this test changes");
      }
      String shorter = webXml.replace(warning, "<param-name>copydesk.IDLE_WARNING_SECONDS</param-name>\n    <param-value>" + WARNING + "</param-value>");
      return Deployments.withContextParam(shorter, "copydesk.SESSION_TIMEOUT_SECONDS", Integer.toString(TIMEOUT));
    });
  }

  @ArquillianResource
  private URL base;

  private WebElement row(String username) {
    return browser.findElement(By.xpath("//tbody//tr[.//span[@class='username' and text()='" + username + "']]"));
  }

  private boolean listed(String username) {
    return !browser.findElements(By.xpath("//tbody//span[@class='username' and text()='" + username + "']")).isEmpty();
  }

  private void fillNewUser(String username, String password) {
    browser.findElement(By.id("users:newUsername")).clear();
    browser.findElement(By.id("users:newUsername")).sendKeys(username);
    browser.findElement(By.id("users:newName")).clear();
    browser.findElement(By.id("users:newName")).sendKeys("Browser " + username);
    browser.findElement(By.cssSelector("#users\\:newPassword input, input#users\\:newPassword")).sendKeys(password);
  }

  @Test
  void anAdministratorCreatesAUserSeesItListedAndIsToldWhenAPasswordIsTooShort() {
    browser.get(base + "app/users.xhtml");
    signIn("ada", Deployments.PASSWORD);
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Users and sign-ins"));
    assertTrue(listed("ada") && listed("rita"));
    assertTrue(browser.findElement(By.id("nav-users")).isDisplayed(), "the navigation links the page for administrators");

    String tooShort = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    fillNewUser(tooShort, "short");
    browser.findElement(By.id("users:create-user")).click();
    WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#users\\:messages .ui-messages-error")));
    assertTrue(error.getText().contains("at least 8 and at most 128 characters"), error.getText());
    assertFalse(listed(tooShort), "nothing was created");

    String username = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    fillNewUser(username, "a browser password");
    WebElement editor = browser.findElement(By.cssSelector("input[name='users:newRoles'][value='EDITOR']"));
    assertFalse(editor.isSelected());
    editor.click();
    browser.findElement(By.id("users:create-user")).click();
    waiting().until(d -> listed(username));
    assertTrue(text(By.id("users:messages")).contains("User " + username + " was created"), text(By.id("users:messages")));
    assertTrue(row(username).getText().contains("Editor, Reporter"), row(username).getText());
    assertTrue(row(username).getText().contains("Enabled"));

    row(username).findElement(By.xpath(".//button[contains(@id,':toggle')]")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes"))).click();
    waiting().until(d -> row(username).getText().contains("Disabled"));
    assertTrue(text(By.id("users:messages")).contains(username + " is disabled"));
  }

  @Test
  void theIdleWarningAppearsAndStaySignedInKeepsTheSession() throws InterruptedException {
    browser.get(base + "app/desk.xhtml");
    signIn("rita", Deployments.PASSWORD);
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    long loaded = System.nanoTime();

    WebElement warning = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
    long shownAfter = Duration.ofNanos(System.nanoTime() - loaded).toSeconds();
    assertTrue(shownAfter >= TIMEOUT - WARNING - 2, "not before the lead time: " + shownAfter);
    assertTrue(warning.getText().matches("(?s)You will be signed out in 0:[0-3]\\d because of inactivity\\..*Stay signed in.*"), warning.getText());

    browser.findElement(By.id("idle-stay")).click();
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-warning")));
    Object pings = browser.executeScript(
        "return performance.getEntriesByType('resource').filter(function (e) { return e.name.indexOf('/app/session/ping') > 0; }).length;");
    assertEquals(1L, pings, "the button renewed the session on the server");

    // Past the moment the page would have signed out without the button: still on the desk.
    Thread.sleep(Math.max(0, Duration.ofSeconds(TIMEOUT + 3).toMillis() - Duration.ofNanos(System.nanoTime() - loaded).toMillis()));
    assertEquals("Stories on the desk", text(By.tagName("h1")));
    assertTrue(browser.getCurrentUrl().contains("/app/desk.xhtml"));

    // Without an answer the page signs out by itself, and the session is gone.
    waiting().withTimeout(Duration.ofSeconds(TIMEOUT)).until(ExpectedConditions.textToBe(By.tagName("h1"), "Sign in to Copydesk"));
    assertTrue(text(By.id("signed-out-idle")).contains("signed out because nobody used the page"));
    browser.get(base + "app/desk.xhtml");
    assertEquals("Sign in to Copydesk", text(By.tagName("h1")));
  }
}
