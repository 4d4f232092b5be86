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
    return driver;
  }
}
