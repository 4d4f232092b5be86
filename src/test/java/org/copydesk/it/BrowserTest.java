package org.copydesk.it;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every single-browser test needs: a fresh headless Chromium per test, sign-in, waiting. */
abstract class BrowserTest {

  protected ChromeDriver browser;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      // The pages worked under the Content-Security-Policy: nothing was blocked on the way.
      Browser.closeChecked(browser);
    }
  }

  protected void signIn(String user, String password) {
    Browser.signIn(browser, user, password);
  }

  protected WebDriverWait waiting() {
    return Browser.waitFor(browser);
  }

  protected String text(By by) {
    return browser.findElement(by).getText();
  }
}
