package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator uploads a wire file; the story appears on the desk with its byline and photo credit. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IngestBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;




  @Test
  void anAdminUploadsAWireFileAndTheStoryIsOnTheDesk() throws Exception {
    // The SIPA sample under an id of its own, so the upload always creates a story.
    String sample = Files.readString(Path.of("src/test/resources/ingest/ninjs/v3.0-SIPA_image_3.json"), StandardCharsets.UTF_8);
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile(Path.of("target"), "wire-", ".json");
    Files.writeString(file, sample.replace("https://internal-repository-xxxx/2.1234567", "https://internal-repository-xxxx/test-" + unique)
        .replace("Italy: Italy Demonstration", "Italy: Italy Demonstration " + unique), StandardCharsets.UTF_8);

    browser.get(base + "app/ingest.xhtml");
    signIn("ada", Deployments.PASSWORD);
    WebDriverWait wait = Browser.waitFor(browser);
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Take in a wire file"));

    browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("ingest:submit")).click();
    WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(message.getText().contains("created as a draft"), message.getText());

    browser.get(base + "app/desk.xhtml");
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Stories on the desk"));
    WebElement row = browser.findElements(By.cssSelector("#desk\\:stories tbody tr")).stream()
        .filter(r -> r.getText().contains(unique)).findFirst().orElseThrow();
    assertTrue(row.findElement(By.cssSelector(".desk-byline")).getText().contains("Insidefoto"), row.getText());
    assertTrue(row.findElement(By.cssSelector(".desk-photo-credit")).getText().contains("(Samantha Zucchi/Insidefoto/Sipa USA)"), row.getText());
  }
}
