package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
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
 * 100 stories scheduled 200 ms apart; the application is stopped and started again while they fall
 * due (on Payara Micro the whole server process). Every story must be published exactly once,
 * never early; the lateness is reported in target/scheduling-report-{server}.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledPublishingIT {

  private static final Logger LOG = Logger.getLogger(ScheduledPublishingIT.class.getName());
  private static final String APP = "scheduling";
  private static final int STORIES = 100;
  private static final Map<Long, OffsetDateTime> PLAN = new LinkedHashMap<>();
  private static OffsetDateTime firstDue;
  private static int publishedBeforeRestart;

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
  void schedule100Stories(@ArquillianResource @OperateOnDeployment(APP) URL base) {
    Api api = new Api(base);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      Answer created = api.post("rita", "stories", Api.story("Scheduled story " + i + " " + System.nanoTime(), "<p>Scheduled text " + i + ".</p>"));
      assertEquals(201, created.status(), created.toString());
      long id = created.json().getJsonNumber("id").longValue();
      assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
      assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
      api.verifyAllClaims(id);
      assertEquals(200, api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
      ids.add(id);
    }
    firstDue = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5);
    for (int i = 0; i < STORIES; i++) {
      OffsetDateTime at = firstDue.plus(Duration.ofMillis(200L * i));
      Answer scheduled = api.post("eddie", "stories/" + ids.get(i) + "/transitions",
          Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", at.toString()));
      assertEquals(200, scheduled.status(), scheduled.toString());
      PLAN.put(ids.get(i), at);
    }
  }

  @Test
  @Order(3)
  void restartWhileTheyFallDue(@ArquillianResource @OperateOnDeployment(APP) URL base) throws InterruptedException {
    Duration untilHalf = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), firstDue.plusSeconds(10));
    if (!untilHalf.isNegative()) {
      Thread.sleep(untilHalf.toMillis());
    }
    Api api = new Api(base);
    publishedBeforeRestart = (int) PLAN.keySet().stream()
        .filter(id -> api.get("eddie", "stories/" + id).json().getString("state").equals("PUBLISHED")).count();
    deployer.undeploy(APP);
    deployer.deploy(APP);
  }

  @Test
  @Order(4)
  void everyStoryIsPublishedExactlyOnceAndNeverEarly(@ArquillianResource @OperateOnDeployment(APP) URL base) throws Exception {
    Api api = new Api(base);
    long deadline = System.currentTimeMillis() + 120_000;
    Map<Long, JsonObject> stories = new LinkedHashMap<>();
    while (System.currentTimeMillis() < deadline) {
      stories.clear();
      for (long id : PLAN.keySet()) {
        stories.put(id, api.get("eddie", "stories/" + id).json());
      }
      if (stories.values().stream().allMatch(s -> s.getString("state").equals("PUBLISHED"))) {
        break;
      }
      Thread.sleep(1000);
    }
    List<Long> lateness = new ArrayList<>();
    for (Map.Entry<Long, OffsetDateTime> planned : PLAN.entrySet()) {
      JsonObject story = stories.get(planned.getKey());
      assertEquals("PUBLISHED", story.getString("state"), "story " + planned.getKey());
      OffsetDateTime published = OffsetDateTime.parse(story.getString("publishedAt"));
      assertFalse(published.isBefore(planned.getValue()), "story " + planned.getKey() + " published early");
      lateness.add(Duration.between(planned.getValue(), published).toMillis());
      long publications = api.get("eddie", "stories/" + planned.getKey() + "/audit").array().getValuesAs(JsonObject.class).stream()
          .filter(e -> e.getString("action").equals("PUBLISH")).count();
      assertEquals(1, publications, "story " + planned.getKey() + " published exactly once");
    }
    lateness.sort(Long::compare);
    String server = System.getProperty("copydesk.server", "server");
    String report = String.format(
        "# Scheduled publication across a restart (%s)%n%n| stories | published before the restart | after | lateness p50 | p90 | max |%n"
            + "|---|---|---|---|---|---|%n| %d | %d | %d | %d ms | %d ms | %d ms |%n",
        server, STORIES, publishedBeforeRestart, STORIES - publishedBeforeRestart,
        lateness.get(STORIES / 2), lateness.get(STORIES * 9 / 10), lateness.get(STORIES - 1));
    LOG.info(report);
    write(Path.of("target", "scheduling-report-" + server + ".md"), report);
    assertTrue(publishedBeforeRestart > 0 && publishedBeforeRestart < STORIES, "the restart fell while stories were due: " + publishedBeforeRestart);
  }

  @Test
  @Order(5)
  void undeploy() {
    deployer.undeploy(APP);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text);
  }
}
