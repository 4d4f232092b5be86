package org.copydesk.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages, driven directly: Selenium Manager would try to
 * download a browser, which this network does not allow.
 */
final class Browser {

  static final String CHROMIUM = System.getProperty("copydesk.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("copydesk.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  /** Fills in and sends the login form the browser shows. */
  static void signIn(ChromeDriver browser, String user, String password) {
    browser.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(user);
    browser.findElement(org.openqa.selenium.By.cssSelector("#login\\:password input, input#login\\:password")).sendKeys(password);
    browser.findElement(org.openqa.selenium.By.id("login:submit")).click();
  }

  /** Replaces the story editor's body with the text, typed as a person types it. */
  static void typeBody(ChromeDriver browser, String text) {
    org.openqa.selenium.WebElement editor = browser.findElement(org.openqa.selenium.By.cssSelector(".ql-editor"));
    browser.executeScript("arguments[0].innerHTML = '';", editor);
    editor.click();
    editor.sendKeys(text);
  }

  /**
   * Opens an address as a person does from a bookmark: the editor, history and fact-check desk
   * are protected views, so without the session's token they show the open page first, whose
   * link ("continue") opens them.
   */
  static void open(ChromeDriver browser, String url) {
    browser.get(url);
    if (browser.getCurrentUrl().contains("/app/open.xhtml")) {
      waitFor(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
          org.openqa.selenium.By.id("continue"))).click();
    }
  }

  /**
   * A wait that outlasts the page's ajax updates: an element replaced by an update between finding
   * it and reading it is simply looked up again.
   */
  static org.openqa.selenium.support.ui.WebDriverWait waitFor(ChromeDriver browser) {
    org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  static ChromeDriver start() throws Exception {
    Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    // Every Content-Security-Policy violation on any page of the session is kept in the tab's
    // sessionStorage (which survives navigation), so a test can assert that nothing was blocked.
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
        "document.addEventListener('securitypolicyviolation', function (e) {"
            + " var seen = JSON.parse(sessionStorage.getItem('cspViolations') || '[]');"
            + " seen.push(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));"
            + " sessionStorage.setItem('cspViolations', JSON.stringify(seen)); });"));
    return driver;
  }

  /** Closes a browser after checking that its pages reported no CSP violation. */
  static void closeChecked(ChromeDriver browser) {
    try {
      if (browser.getCurrentUrl().startsWith("http")) {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), cspViolations(browser), "CSP violations");
      }
    } finally {
      browser.quit();
    }
  }

  /** The CSP violations this tab reported on the application's pages (see {@link #start}). */
  @SuppressWarnings("unchecked")
  static java.util.List<String> cspViolations(ChromeDriver browser) {
    Object seen = browser.executeScript("return JSON.parse(sessionStorage.getItem('cspViolations') || '[]');");
    return seen instanceof java.util.List<?> list ? (java.util.List<String>) list : java.util.List.of();
  }
}
