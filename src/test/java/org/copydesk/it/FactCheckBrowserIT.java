package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fact-checker in a real browser: claims marked in the text, a verdict by keyboard, a claim added
 * by selecting words, every claim resolved, sign-off; the editor then publishes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FactCheckBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;




  @Test
  void aFactCheckerWorksThroughTheClaimsAndSignsOff() {
    Api api = new Api(base);
    String headline = "Ferry fares " + UUID.randomUUID().toString().substring(0, 8);
    Answer created = api.post("rita", "stories", Api.story(headline,
        "<p>Fares will rise 6 percent on Oct. 1, the port authority said.</p><p>Passengers have waited through years of delay.</p>"));
    long id = created.json().getJsonNumber("id").longValue();
    api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT"));
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());

    browser.get(base + "app/factcheck.xhtml?story=" + id);
    signIn("fran", Deployments.PASSWORD);
    WebDriverWait wait = Browser.waitFor(browser);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), headline));
    assertTrue(browser.findElements(By.cssSelector("mark.claim")).size() >= 2, "claims are marked in the text");

    // Keyboard: j moves to the first claim, v marks it verified.
    WebElement first = browser.findElements(By.cssSelector(".claim-item")).get(0);
    String firstId = first.getDomAttribute("data-claim");
    new Actions(browser).sendKeys("j").perform();
    new Actions(browser).sendKeys("v").perform();
    wait.until(ExpectedConditions.attributeContains(By.cssSelector(".claim-item[data-claim='" + firstId + "']"), "class", "claim-VERIFIED"));

    // A claim the extractor missed: select the words, choose the kind, add it.
    ((JavascriptExecutor) browser).executeScript(
        "var p = document.querySelector('.fc-paragraph[data-paragraph=\"1\"]');"
            + "var node = p.firstChild; var text = node.textContent; var at = text.indexOf('years of delay');"
            + "var r = document.createRange(); r.setStart(node, at); r.setEnd(node, at + 'years of delay'.length);"
            + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
            + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));");
    assertEquals("\u201cyears of delay\u201d", browser.findElement(By.id("selection-preview")).getText());
    browser.findElement(By.id("fc:addSelection")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fc-claims"), "added by hand"));

    browser.findElement(By.id("fc:signOff")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    assertTrue(browser.findElement(By.cssSelector(".ui-messages-error")).getText().contains("still unchecked or disputed"));

    // Every remaining claim resolved in the page, one verdict at a time.
    for (int guard = 0; guard < 50; guard++) {
      List<WebElement> open = browser.findElements(By.cssSelector(".claim-item:not(.claim-VERIFIED)"));
      if (open.isEmpty()) {
        break;
      }
      String claimId = open.get(0).getDomAttribute("data-claim");
      open.get(0).findElement(By.cssSelector(".verdict-VERIFIED")).click();
      wait.until(ExpectedConditions.attributeContains(By.cssSelector(".claim-item[data-claim='" + claimId + "']"), "class", "claim-VERIFIED"));
    }
    assertTrue(browser.findElements(By.cssSelector(".claim-item:not(.claim-VERIFIED)")).isEmpty());
    browser.findElement(By.id("fc:signOff")).click();
    wait.until(d -> "READY".equals(api.get("eddie", "stories/" + id).json().getString("state")));
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH")).status(), "the editor then publishes");
  }
}
