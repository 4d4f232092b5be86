package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stories written before an undeploy are all there after the next deploy (on Payara Micro the
 * server process itself is stopped and started again in between). The steps are ordered because
 * the deployment's address is only known once it is deployed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedeployIT {

  private static final String APP = "app";
  private static final String HEADLINE = "Survives a redeploy " + UUID.randomUUID().toString().substring(0, 8);
  private static long storyId;

  @Deployment(name = APP, managed = false, testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private Deployer deployer;

  @Test
  @Order(1)
  void deploy() {
    deployer.deploy(APP);
  }

  @Test
  @Order(2)
  void writeAStoryWithTwoRevisions(@ArquillianResource @OperateOnDeployment(APP) URL base) {
    Api api = new Api(base);
    Answer created = api.post("rita", "stories", Api.story(HEADLINE, "<p>Before the redeploy.</p>"));
    assertEquals(201, created.status(), created.toString());
    storyId = created.json().getJsonNumber("id").longValue();
    assertEquals(201, api.post("rita", "stories/" + storyId + "/revisions", Api.revision(1, HEADLINE, "<p>Second revision.</p>")).status());
  }

  @Test
  @Order(3)
  void redeploy() {
    deployer.undeploy(APP);
    deployer.deploy(APP);
  }

  @Test
  @Order(4)
  void theStoryAndItsHistoryAreStillThere(@ArquillianResource @OperateOnDeployment(APP) URL base) {
    Api api = new Api(base);
    JsonObject story = api.get("eddie", "stories/" + storyId).json();
    assertEquals(HEADLINE, story.getString("headline"));
    assertEquals(2, story.getInt("currentRevision"));
    assertEquals("<p>Before the redeploy.</p>", api.get("rita", "stories/" + storyId + "/revisions/1").json().getString("body"));
    assertEquals("<p>Second revision.</p>", api.get("rita", "stories/" + storyId + "/revisions/2").json().getString("body"));
    assertTrue(api.get("eddie", "stories/" + storyId + "/audit/verification").json().getBoolean("intact"));
    Answer again = api.post("rita", "stories", Api.story(HEADLINE, "<p>Same headline.</p>"));
    assertEquals(201, again.status(), "the demo data is not loaded twice and new stories still get ids: " + again);
  }

  @Test
  @Order(5)
  void undeploy() {
    deployer.undeploy(APP);
  }
}
