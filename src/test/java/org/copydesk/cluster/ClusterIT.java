package org.copydesk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.Api.Answer;
import org.copydesk.it.Deployments;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several instances behind one address (issue 8): two Payara Micro processes on one PostgreSQL
 * database, behind a sticky load balancer. Not Arquillian: the test starts and kills the servers
 * itself. It runs only in the PostgreSQL pass (mvn verify -Ppostgresql, execution it-cluster).
 *
 * <p>The tests share the two instances and run in order; the last one kills an instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
  private static final String PASSWORD = Deployments.PASSWORD;
  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private static Path work;
  private static ClusterDatabase database;
  private static Instance one;
  private static Instance two;
  private static LoadBalancer balancer;

  @BeforeAll
  static void startTwoInstancesBehindOneAddress() throws Exception {
    Path target = Path.of(System.getProperty("copydesk.target", "target"));
    work = target.resolve("cluster");
    // A fresh start: the servers' root directories and logs of an earlier run would mislead.
    deleteTree(work);
    database = new ClusterDatabase(
        System.getProperty("copydesk.db.url", "jdbc:postgresql://127.0.0.1:5432/test"),
        System.getProperty("copydesk.db.user", "postgres"),
        System.getProperty("copydesk.db.password", ""));
    database.recreate();
    Path war = database.warFor(target.resolve("copydesk.war"), work);
    Path micro = target.resolve("payara-micro.jar");
    Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::killLeftovers));
    // The first instance migrates the empty database and creates the demo newsroom; the second
    // starts on a database that is already in use, as an instance added to a running site does.
    one = startReady("node-1", micro, war, work);
    two = startReady("node-2", micro, war, work);
    balancer = new LoadBalancer(0, List.of(
        new LoadBalancer.Backend(one.name(), one.base()),
        new LoadBalancer.Backend(two.name(), two.base())));
  }

  /**
   * Starts an instance and waits for it; one that does not come up is killed and started once more.
   * Once in CI the second instance stayed silent for the whole limit, and neither that run nor
   * five runs here (two with both cores busy) showed why; a second attempt keeps a one-off boot
   * failure from hiding what this class tests, and the first attempt's diagnosis (log excerpt,
   * thread dump) is printed and kept beside the log, so a cause that repeats is still seen. What
   * the tests assert about the running instances is unchanged.
   */
  private static Instance startReady(String name, Path micro, Path war, Path work) throws Exception {
    Instance instance = Instance.start(name, freePort(), micro, war, work);
    try {
      instance.awaitReady(START_LIMIT);
      return instance;
    } catch (IllegalStateException firstAttempt) {
      LOG.warning(() -> "Starting " + name + " again after a failed start: " + firstAttempt.getMessage());
      instance.close();
      Files.move(instance.log(), work.resolve(name + "-failed-start.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      deleteTree(work.resolve(name));
      Instance again = Instance.start(name, freePort(), micro, war, work);
      again.awaitReady(START_LIMIT);
      return again;
    }
  }

  /**
   * A port nothing listens on now. Fixed ports were taken once by something else on a shared
   * machine, and Payara Micro on a taken port does not exit: it logs the bind failure and hangs,
   * which looks like a silent start.
   */
  private static int freePort() throws java.io.IOException {
    try (var probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @AfterAll
  static void stopEverything() throws Exception {
    if (balancer != null) {
      balancer.close();
    }
    killLeftovers();
  }

  private static void killLeftovers() {
    for (Instance instance : new Instance[] {one, two}) {
      if (instance != null && instance.alive()) {
        try {
          instance.close();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Two saves on the same base revision, one to each instance at the same moment: one wins, one is refused. */
  @Test
  @Order(1)
  void anOptimisticConflictIsDetectedAcrossInstances() throws Exception {
    Api viaOne = api(one);
    Api viaTwo = api(two);
    Answer created = viaOne.post("rita", "stories", Api.story("Conflict across instances", "<p>First text.</p>"));
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      for (int base = 1; base <= 5; base++) {
        CyclicBarrier together = new CyclicBarrier(2);
        int on = base;
        Callable<Answer> ritaOnOne = () -> {
          together.await();
          return viaOne.post("rita", "stories/" + id + "/revisions", Api.revision(on, "Conflict across instances", "<p>Rita's text on " + on + ".</p>"));
        };
        Callable<Answer> eddieOnTwo = () -> {
          together.await();
          return viaTwo.post("eddie", "stories/" + id + "/revisions", Api.revision(on, "Conflict across instances", "<p>Eddie's text on " + on + ".</p>"));
        };
        Future<Answer> a = writers.submit(ritaOnOne);
        Future<Answer> b = writers.submit(eddieOnTwo);
        List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
        statuses.sort(Integer::compare);
        assertEquals(List.of(201, 409), statuses, "round " + on + ": " + a.get() + " / " + b.get());
        Answer refused = a.get().status() == 409 ? a.get() : b.get();
        assertEquals(on + 1, refused.json().getInt("currentRevision"), refused.toString());
      }
    } finally {
      writers.shutdownNow();
    }
    // Each instance sees the same history: the five winners, nothing of the losers.
    for (Api api : List.of(viaOne, viaTwo)) {
      assertEquals(6, api.get("eddie", "stories/" + id).json().getInt("currentRevision"));
      assertEquals(6, api.get("eddie", "stories/" + id + "/revisions").array().size());
      assertTrue(api.get("eddie", "stories/" + id + "/audit/verification").json().getBoolean("intact"));
    }
  }

  /** Someone editing a story on one instance is shown to someone opening it on the other. */
  @Test
  @Order(2)
  void presenceOnOneInstanceIsSeenOnTheOther() {
    Answer created = api(one).post("rita", "stories", Api.story("Presence across instances", "<p>Text.</p>"));
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();

    WebSession rita = new WebSession(one.base());
    rita.signIn("rita", PASSWORD);
    Document ritasEditor = rita.page("app/story.xhtml?id=" + id);
    assertTrue(ritasEditor.select(".notice.presence").isEmpty(), "rita is the first one in the story");

    WebSession eddie = new WebSession(two.base());
    eddie.signIn("eddie", PASSWORD);
    Document eddiesEditor = eddie.page("app/story.xhtml?id=" + id);
    String notice = eddiesEditor.select(".notice.presence").text();
    assertTrue(notice.contains("Rita Reyes is editing this story since"), "on node-2 eddie is told that rita (on node-1) is in: " + notice);
    assertFalse(eddiesEditor.select("button[id$=takeOver]").isEmpty(), "and may take over");
  }

  /** The header's badge says the same on both instances, and a new story counts on both. */
  @Test
  @Order(3)
  void notificationCountsAreTheSameOnBothInstances() {
    WebSession eddieOnOne = new WebSession(one.base());
    eddieOnOne.signIn("eddie", PASSWORD);
    WebSession eddieOnTwo = new WebSession(two.base());
    eddieOnTwo.signIn("eddie", PASSWORD);
    int before = waiting(eddieOnOne.page("app/desk.xhtml"));
    assertEquals(before, waiting(eddieOnTwo.page("app/desk.xhtml")));

    Answer created = api(one).post("rita", "stories", Api.story("Waits for an editor", "<p>Text.</p>"));
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(200, api(two).post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());

    assertEquals(before + 1, waiting(eddieOnOne.page("app/desk.xhtml")), "node-1 counts the story submitted through node-2");
    assertEquals(before + 1, waiting(eddieOnTwo.page("app/desk.xhtml")), "and so does node-2");
  }

  /** Both instances poll for due stories; each story is published once, by one of them. */
  @Test
  @Order(4)
  void scheduledStoriesArePublishedExactlyOnceAcrossInstances() throws Exception {
    int stories = 12;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < stories; i++) {
      Api api = api(i % 2 == 0 ? one : two);
      Answer created = api.post("rita", "stories", Api.story("Scheduled on the cluster " + i, "<p>Scheduled text " + i + ".</p>"));
      assertEquals(201, created.status(), created.toString());
      long id = created.json().getJsonNumber("id").longValue();
      assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
      assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
      api.verifyAllClaims(id);
      assertEquals(200, api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
      ids.add(id);
    }
    OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(4);
    Map<Long, OffsetDateTime> plan = new LinkedHashMap<>();
    for (int i = 0; i < stories; i++) {
      OffsetDateTime at = first.plus(Duration.ofMillis(150L * i));
      Answer scheduled = api(i % 2 == 0 ? two : one).post("eddie", "stories/" + ids.get(i) + "/transitions",
          Json.createObjectBuilder().add("transition", "SCHEDULE").add("scheduledFor", at.toString()));
      assertEquals(200, scheduled.status(), scheduled.toString());
      plan.put(ids.get(i), at);
    }

    Api api = api(one);
    awaitAll(() -> plan.keySet().stream().allMatch(id -> api.get("eddie", "stories/" + id).json().getString("state").equals("PUBLISHED")));

    for (Map.Entry<Long, OffsetDateTime> planned : plan.entrySet()) {
      long id = planned.getKey();
      JsonObject story = api.get("eddie", "stories/" + id).json();
      assertFalse(OffsetDateTime.parse(story.getString("publishedAt")).isBefore(planned.getValue()), "story " + id + " not early");
      long publications = api.get("eddie", "stories/" + id + "/audit").array().getValuesAs(JsonObject.class).stream()
          .filter(e -> e.getString("action").equals("PUBLISH")).count();
      assertEquals(1, publications, "story " + id + " has one publication in its audit trail");
    }
    try (Connection db = database.connect();
        PreparedStatement q = db.prepareStatement("select count(*) from audit_entry where action = 'PUBLISH' and story_id = any (?)")) {
      q.setArray(1, db.createArrayOf("bigint", plan.keySet().toArray()));
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertEquals(stories, r.getInt(1), "one PUBLISH row per story in the database");
      }
    }
    // Who published what, from the instances' own logs: every story by exactly one of them.
    Map<Long, List<String>> publishers = new HashMap<>();
    for (Instance instance : List.of(one, two)) {
      Matcher m = Pattern.compile("Published scheduled story (\\d+)").matcher(instance.logText());
      while (m.find()) {
        long id = Long.parseLong(m.group(1));
        if (plan.containsKey(id)) {
          publishers.computeIfAbsent(id, k -> new ArrayList<>()).add(instance.name());
        }
      }
    }
    for (long id : plan.keySet()) {
      assertEquals(1, publishers.getOrDefault(id, List.of()).size(), "story " + id + " published by " + publishers.get(id));
    }
    long byOne = publishers.values().stream().filter(p -> p.contains(one.name())).count();
    report("| scheduled stories | published by node-1 | by node-2 | PUBLISH entries per story |\n|---|---|---|---|\n| "
        + stories + " | " + byOne + " | " + (stories - byOne) + " | 1 |\n");
  }

  /**
   * Through the balancer: rita signs in, works, her text is autosaved; her instance dies. Her next
   * request lands on the other instance, which asks her to sign in again and then offers her
   * autosaved text back.
   */
  @Test
  @Order(5)
  void whenAnInstanceDiesTheUserSignsInAgainAndGetsTheDraftBack() throws Exception {
    Answer created = new Api(balancer.base().toURL()).post("rita", "stories", Api.story("Draft that survives", "<p>Saved text.</p>"));
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    String editorPath = "app/story.xhtml?id=" + id;

    WebSession rita = new WebSession(balancer.base());
    Document first = rita.page(editorPath);
    assertTrue(WebSession.isSignIn(first), "the editor asks for a sign-in");
    Document editor = rita.signIn(first, "rita", PASSWORD);
    String node = rita.cookie(LoadBalancer.COOKIE);
    assertNotNull(node, "the balancer pins rita to an instance");
    for (int i = 0; i < 3; i++) {
      assertTrue(rita.page("app/desk.xhtml").text().contains("Signed in as rita"), "rita keeps working");
      assertEquals(node, rita.cookie(LoadBalancer.COOKIE), "on the same instance");
    }
    editor = rita.page(editorPath);
    assertEquals("Draft that survives", editor.select("input[id=editor:headline]").val());

    // What editor.js does every five seconds while she types: the autosave remote command.
    String autosave = WebSession.remoteCommand(editor, "copydeskAutosave");
    String headline = "Draft that survives a crash";
    String body = "<p>Unsaved words typed just before " + node + " died.</p>";
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:headline", headline);
    fields.put("editor:standfirst", "Kept by autosave");
    fields.put("editor:body_input", body);
    rita.ajax(editor, "editor", autosave, autosave + " editor:headline editor:standfirst editor:body", "editor:autosaveStatus", fields);
    try (Connection db = database.connect();
        PreparedStatement q = db.prepareStatement("select headline, body from working_copy where username = 'rita' and story_key = ?")) {
      q.setString(1, Long.toString(id));
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "the working copy is in the database");
        assertEquals(headline, r.getString(1));
      }
    }

    Instance served = node.equals(one.name()) ? one : two;
    Instance other = served == one ? two : one;
    served.kill();

    Document after = rita.page(editorPath);
    assertEquals(other.name(), rita.cookie(LoadBalancer.COOKIE), "the balancer moved rita to the instance that is alive");
    assertTrue(WebSession.isSignIn(after), "her session lived in the dead instance: she is asked to sign in again");
    Document again = rita.signIn(after, "rita", PASSWORD);
    assertEquals("Draft that survives", again.select("input[id=editor:headline]").val(), "the editor shows the saved revision");
    assertFalse(again.select("[id=editor:restorePanel]").isEmpty(), "and offers the autosaved text back");

    String restored = rita.ajax(again, "editor", "editor:restoreCopy", "editor:restoreCopy", "editor", Map.of());
    assertTrue(restored.contains("value=\"" + headline + "\""), "restoring puts the autosaved headline into the editor");
    assertTrue(restored.contains("typed just before " + node + " died"), "and the autosaved body");
    assertTrue(rita.page("app/desk.xhtml").text().contains("Signed in as rita"), "rita works on");
    report("| instance killed | requests moved to | sign-in asked again | autosaved draft offered and restored |\n|---|---|---|---|\n| "
        + served.name() + " | " + other.name() + " | yes | yes |\n");
  }

  private static Api api(Instance instance) {
    try {
      URL url = instance.base().toURL();
      return new Api(url);
    } catch (java.net.MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static final Pattern COUNT = Pattern.compile("(\\d+) stor(y waits|ies wait) for you");

  /** The number in the header's badge ("3 stories wait for you", "Nothing waits for you"). */
  private static int waiting(Document page) {
    String badge = page.select("[id=notifications:badge]").text();
    if (badge.startsWith("Nothing waits")) {
      return 0;
    }
    Matcher m = COUNT.matcher(badge);
    assertTrue(m.find(), "a count in the badge: " + badge);
    return Integer.parseInt(m.group(1));
  }

  /** Polls until the condition holds; the limit is a guard against waiting forever, not an assertion on time. */
  private static void awaitAll(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not all scheduled stories were published; see " + one.log() + " and " + two.log());
      }
      Thread.sleep(500);
    }
  }

  private static void report(String table) throws java.io.IOException {
    LOG.info(table);
    Path file = work.resolve("cluster-report.md");
    Files.writeString(file, table + "\n", java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }
}
