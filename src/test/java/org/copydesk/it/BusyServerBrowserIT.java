package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.copydesk.platform.FacesAdmission;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Save refused by a busy server (FacesAdmission's 503 after its wait) says so on the page, and
 * the words typed stay: before, PrimeFaces dropped the 503 without a word. The server here builds
 * one page at a time and lets a request wait one second for its turn; a test page that takes eight
 * seconds holds that turn.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusyServerBrowserIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.appWithWebXml(webXml -> Deployments.withContextParam(
            Deployments.withContextParam(webXml, FacesAdmission.CONCURRENCY_PARAM, "1"), FacesAdmission.WAIT_PARAM, "1"))
        .addClass(HeldPage.class)
        .addAsWebResource(new StringAsset("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\">"
            + "<h:head><title>held</title></h:head><h:body><p id=\"held\">#{heldPage.held}</p></h:body></html>"), "held.xhtml");
  }

  @ArquillianResource
  private URL base;

  @Test
  void aSaveRefusedWhileTheServerIsBusyIsReportedAndWorksOnceTheServerIsFree() throws Exception {
    Api api = new Api(base);
    long id = RequestFailureBrowserIT.RequestFailures.openNewStory(browser, base, "Busy story");
    Browser.typeBody(browser, "The harbour bridge opens to cyclists in May.");

    CompletableFuture<HttpResponse<String>> held = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create(base + "held.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
    // Time for the held page to take the one permit; it keeps it for eight seconds.
    Thread.sleep(1500);
    browser.findElement(By.id("editor:save")).click();
    String shown = RequestFailureBrowserIT.RequestFailures.bannerText(browser);
    assertTrue(shown.startsWith("The newsroom’s server was too busy to do this, so it was not done."), shown);
    assertTrue(text(By.cssSelector(".ql-editor")).contains("opens to cyclists"), "the typed text is still there");
    assertEquals(1, api.get("rita", "stories/" + id).json().getInt("currentRevision"), "nothing was saved");

    HttpResponse<String> answer = held.get(30, TimeUnit.SECONDS);
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("<p id=\"held\">held</p>"), answer.body());

    browser.findElement(By.id("editor:save")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-messages-info"), "Saved"));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("request-failure")));
    assertTrue(api.get("rita", "stories/" + id + "/revisions/2").json().getString("body").contains("opens to cyclists"));
  }
}
