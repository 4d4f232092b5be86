package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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

/** A reader in a real browser: the story page with photo credit, byline and correction; the feed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPageBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;




  @Test
  void aReaderSeesCreditsBylineAndCorrectionAndTheFeedListsTheStory() {
    Api api = new Api(base);
    String headline = "Summit agrees quota cut " + UUID.randomUUID().toString().substring(0, 8);
    Answer created = api.post("rita", "stories", PublishingIT.wireStory(headline, "<p>The council met on Monday.</p>"));
    JsonObject story = created.json();
    long id = story.getJsonNumber("id").longValue();
    api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT"));
    api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE"));
    api.verifyAllClaims(id);
    api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF"));
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH")).status());
    api.post("eddie", "stories/" + id + "/revisions", PublishingIT.wireStory(headline, "<p>The council met on Tuesday.</p>").add("baseRevision", 1));
    api.verifyAllClaims(id);
    Answer corrected = api.post("erin", "stories/" + id + "/transitions", Json.createObjectBuilder().add("transition", "CORRECT")
        .add("correctionKind", "CORRECTION").add("comment", "The meeting was on Tuesday, not Monday."));
    assertEquals(200, corrected.status(), corrected.toString());

    browser.get(base + "news/" + story.getString("slug"));
    assertEquals(headline, browser.findElement(By.tagName("h1")).getText());
    assertEquals("(Lena Ortiz/AP/TNS)", browser.findElement(By.cssSelector("figcaption .credit")).getText());
    String byline = browser.findElement(By.cssSelector(".byline")).getText();
    assertTrue(byline.contains("By Tomas Vellinga and Aisha Rahimi"), byline);
    assertTrue(byline.contains("Tribune News Service"), byline);
    assertTrue(browser.findElement(By.cssSelector(".body")).getText().contains("on Tuesday"));
    assertTrue(browser.findElement(By.cssSelector(".corrections")).getText().contains("The meeting was on Tuesday, not Monday."));
    assertTrue(browser.findElement(By.cssSelector(".masthead")).getText().contains("The Harbourton Courier"));

    browser.get(base.toString());
    assertTrue(browser.findElement(By.cssSelector(".front")).getText().contains(headline), "on the front page");
    browser.get(base + "feeds/rss.xml");
    assertTrue(browser.getPageSource().contains(headline), "in the RSS feed");
  }
}
