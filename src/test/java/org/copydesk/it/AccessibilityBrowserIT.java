package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2 A and AA rules) on the newsroom's pages and a dialog: no serious or critical
 * violations. The build fetches axe-core from the npm registry into target/axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private String axe;

  @BeforeEach
  void loadAxe() throws Exception {
    axe = Files.readString(Path.of("target/axe/package/axe.min.js"), StandardCharsets.UTF_8);
  }


  /** Serious and critical violations on the current page, as "rule: target" lines. */
  @SuppressWarnings("unchecked")
  private List<String> violations(String page) {
    browser.executeScript(axe);
    Object result = browser.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + ".map(function (v) { return v.id + ' ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });");
    List<String> found = new ArrayList<>();
    for (Object v : (List<Object>) result) {
      found.add(page + ": " + v);
    }
    return found;
  }


  @Test
  void theNewsroomPagesHaveNoSeriousAccessibilityViolations() {
    Api api = new Api(base);
    String headline = "Accessible story " + UUID.randomUUID().toString().substring(0, 8);
    long id = api.post("rita", "stories", Api.story(headline, "<p>The bridge closes on Monday, the mayor said.</p>")).json()
        .getJsonNumber("id").longValue();
    api.post("rita", "stories/" + id + "/revisions", Api.revision(1, headline, "<p>The bridge closes on Friday, the mayor said.</p>"));
    api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT"));
    WebDriverWait wait = Browser.waitFor(browser);
    List<String> found = new ArrayList<>();

    browser.get(base + "login.xhtml");
    found.addAll(violations("login"));
    signIn("eddie", Deployments.PASSWORD);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    found.addAll(violations("desk"));

    // Opened by their addresses, the editor, history and fact-check desk (protected views) show
    // the open page first; its link opens them.
    browser.get(base + "app/story.xhtml?id=" + id);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Open this page?"));
    found.addAll(violations("open page"));
    browser.findElement(By.id("continue")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Edit story"));
    found.addAll(violations("editor"));
    browser.findElement(By.cssSelector("button.transition-RETURN")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:actionDialog")));
    found.addAll(violations("workflow dialog"));

    browser.get(base + "app/history.xhtml?id=" + id);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("history:compare"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history\\:diff .diff-INSERT")));
    // PrimeFaces greys the button out while its request runs and restores it when the request
    // completes, which can be after the diff shows; read greyed out, it failed the contrast rule.
    wait.until(ExpectedConditions.not(ExpectedConditions.attributeContains(By.id("history:compare"), "class", "ui-state-disabled")));
    found.addAll(violations("history and compare"));

    browser.get(base + "app/factcheck.xhtml?story=" + id);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("continue"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".factcheck")));
    found.addAll(violations("fact-check"));

    assertEquals(List.of(), found, String.join("\n", found));
  }
}
