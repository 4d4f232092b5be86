package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reporter uploads a lead photo in the editor: a disguised file is refused, a real one kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotoBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  @TempDir
  Path files;

  @Test
  void aReporterUploadsALeadPhotoAndSavesItWithTheStory() throws Exception {
    Api api = new Api(base);
    Answer created = api.post("rita", "stories", Api.story("Lighthouse reopens " + UUID.randomUUID().toString().substring(0, 8),
        "<p>The lighthouse reopened on Sunday after a two-year restoration.</p>"));
    long id = created.json().getJsonNumber("id").longValue();
    Path disguised = files.resolve("holiday.png");
    Files.writeString(disguised, "<html><script>window.__pwned = 1</script></html>", StandardCharsets.UTF_8);
    byte[] png = PhotoIT.png(400, 300);
    Path photo = files.resolve("lighthouse.png");
    Files.write(photo, png);

    browser.get(base + "app/story.xhtml?id=" + id);
    signIn("rita", Deployments.PASSWORD);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor\\:photoUpload input[type=file]")));

    browser.findElement(By.cssSelector("#editor\\:photoUpload input[type=file]")).sendKeys(disguised.toString());
    WebElement refusal = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#editor\\:messages .ui-messages-error")));
    assertTrue(refusal.getText().contains("Only JPEG, PNG and WebP"), refusal.getText());
    assertTrue(browser.findElements(By.id("editor:photoImage")).isEmpty(), "no photo after a refused upload");

    browser.findElement(By.cssSelector("#editor\\:photoUpload input[type=file]")).sendKeys(photo.toString());
    WebElement image = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:photoImage")));
    waiting().until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() == 400);
    String ref = PhotoIT.sha256(png) + ".png";
    assertEquals(ref, browser.findElement(By.id("editor:photoRef")).getAttribute("value"));
    assertTrue(text(By.id("editor:messages")).contains("400 × 300"), text(By.id("editor:messages")));

    browser.findElement(By.id("editor:caption")).sendKeys("The restored lantern room.");
    browser.findElement(By.id("editor:photographer")).sendKeys("Rita Reyes");
    browser.findElement(By.id("editor:agency")).sendKeys("Staff");
    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Saved as a new revision."));

    Answer current = api.get("rita", "stories/" + id + "/revisions/2");
    assertEquals(200, current.status(), current.toString());
    assertEquals(ref, current.json().getString("photoRef"));
    assertEquals("The restored lantern room.", current.json().getString("photoCaption"));

    browser.navigate().refresh();
    WebElement kept = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:photoImage")));
    assertEquals("The restored lantern room.", kept.getAttribute("alt"));
    assertEquals(null, browser.executeScript("return window.__pwned"));
  }
}
