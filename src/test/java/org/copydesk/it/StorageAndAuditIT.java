package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.copydesk.audit.AuditChain;
import org.copydesk.audit.AuditWriter;
import org.copydesk.factcheck.CheckedClaim;
import org.copydesk.factcheck.ClaimBook;
import org.copydesk.factcheck.ClaimStatus;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;
import org.copydesk.story.BodyPolicy;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.StoryLedger;
import org.copydesk.story.StoryView;
import org.copydesk.story.Transition;
import org.copydesk.story.TransitionRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: how much a revision costs to store, and whether the audit chain notices a
 * row changed behind the application's back.
 */
@ExtendWith(ArquillianExtension.class)
class StorageAndAuditIT {

  private static final Logger LOG = Logger.getLogger(StorageAndAuditIT.class.getName());
  private static final Actor RITA = Actor.of("rita", Role.REPORTER);
  private static final Actor EDDIE = Actor.of("eddie", Role.EDITOR);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app().addClasses(Deployments.class);
  }

  @Inject
  private StoryLedger ledger;

  @Inject
  private UserTransaction tx;

  @Inject
  private AuditWriter audit;

  @Inject
  private ClaimBook claims;

  @Resource(lookup = "java:app/jdbc/copydesk")
  private DataSource db;

  private <T> T inTransaction(Callable<T> work) throws Exception {
    tx.begin();
    try {
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** A 3,000-word story of 30 paragraphs of 100 words. */
  private static List<String> longStory(String tag) {
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 30; p++) {
      StringBuilder text = new StringBuilder("<p>");
      for (int w = 0; w < 100; w++) {
        text.append(w == 0 ? "" : " ").append(tag).append("word").append(p).append('x').append(w);
      }
      paragraphs.add(text.append("</p>").toString());
    }
    return paragraphs;
  }

  private long single(String sql, long storyId) throws Exception {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, storyId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /** Paragraph text plus each revision's list of paragraph ids (V18), in characters. */
  private long storedBodyBytes(long storyId) throws Exception {
    return single("SELECT COALESCE(SUM(LENGTH(content)), 0) FROM paragraph WHERE story_id = ?", storyId)
        + single("SELECT COALESCE(SUM(LENGTH(paragraph_ids)), 0) FROM revision WHERE story_id = ?", storyId);
  }

  /** The counts per state (V16) and per reporter and state (V17) against the stories, read from the database. */
  private void assertCountsPerStateMatchTheStories(String after) throws Exception {
    java.util.Map<String, Long> kept = new java.util.TreeMap<>();
    java.util.Map<String, Long> counted = new java.util.TreeMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement k = c.prepareStatement("SELECT state, stories FROM story_state_count");
        PreparedStatement s = c.prepareStatement("SELECT state, COUNT(*) FROM story GROUP BY state");
        ResultSet keptRows = k.executeQuery();
        ResultSet countedRows = s.executeQuery()) {
      while (keptRows.next()) {
        kept.put(keptRows.getString(1), keptRows.getLong(2));
      }
      while (countedRows.next()) {
        counted.put(countedRows.getString(1), countedRows.getLong(2));
      }
    }
    for (org.copydesk.story.StoryState state : org.copydesk.story.StoryState.values()) {
      assertEquals(counted.getOrDefault(state.name(), 0L), kept.get(state.name()), state + " after " + after);
    }
    // Each reporter's (V17): a row per state for every reporter with stories, each her count.
    java.util.Map<String, Long> keptByReporter = new java.util.TreeMap<>();
    java.util.Map<String, Long> countedByReporter = new java.util.TreeMap<>();
    java.util.Map<String, Long> rowsPerReporter = new java.util.TreeMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement k = c.prepareStatement("SELECT reporter, state, stories FROM reporter_state_count");
        PreparedStatement s = c.prepareStatement("SELECT reporter, state, COUNT(*) FROM story GROUP BY reporter, state");
        ResultSet keptRows = k.executeQuery();
        ResultSet countedRows = s.executeQuery()) {
      while (keptRows.next()) {
        rowsPerReporter.merge(keptRows.getString(1), 1L, Long::sum);
        if (keptRows.getLong(3) != 0) {
          keptByReporter.put(keptRows.getString(1) + " " + keptRows.getString(2), keptRows.getLong(3));
        }
      }
      while (countedRows.next()) {
        countedByReporter.put(countedRows.getString(1) + " " + countedRows.getString(2), countedRows.getLong(3));
        assertEquals(org.copydesk.story.StoryState.values().length, rowsPerReporter.getOrDefault(countedRows.getString(1), 0L),
            "rows of " + countedRows.getString(1) + " after " + after);
      }
    }
    assertEquals(countedByReporter, keptByReporter, "each reporter's counts after " + after);
  }

  /**
   * The desk's tabs read the counts the ledger keeps, so they must follow every story the server
   * holds (this test's and all those the integration tests before it made through the workflow)
   * through creation, transitions and a save (a rolled-back move: StateCountsTest; a refused one
   * inside this test's own UserTransaction kept the row locked on WildFly, see the session 17 note).
   */
  @Test
  void theCountsPerStateFollowEveryMoveOfAStory() throws Exception {
    assertCountsPerStateMatchTheStories("the tests before this one");
    String headline = "Counted story " + System.nanoTime();
    StoryView story = inTransaction(() -> ledger.create(RITA, RevisionDraft.text(headline, null, "<p>Counted once.</p>", "first"), now()));
    assertCountsPerStateMatchTheStories("a new story");
    inTransaction(() -> ledger.transition(RITA, story.id(), Transition.SUBMIT, TransitionRequest.none(), now()));
    assertCountsPerStateMatchTheStories("SUBMIT");
    inTransaction(() -> ledger.transition(EDDIE, story.id(), Transition.RETURN, TransitionRequest.comment("Needs a source"), now()));
    assertCountsPerStateMatchTheStories("RETURN");
    inTransaction(() -> ledger.transition(EDDIE, story.id(), Transition.SPIKE, TransitionRequest.none(), now()));
    assertCountsPerStateMatchTheStories("SPIKE");
    inTransaction(() -> ledger.transition(EDDIE, story.id(), Transition.UNSPIKE, TransitionRequest.none(), now()));
    inTransaction(() -> ledger.save(RITA, story.id(), 1, RevisionDraft.text(headline, null, "<p>Counted once, still.</p>", "second"), now()));
    assertCountsPerStateMatchTheStories("UNSPIKE and a save");
  }

  @Test
  void aOneParagraphEditOfALongStoryStoresUnderATenthOfACopy() throws Exception {
    List<String> paragraphs = longStory("s" + System.nanoTime() % 100000);
    String headline = "Shipyard feature storage " + System.nanoTime();
    StoryView story = inTransaction(() -> ledger.create(RITA, RevisionDraft.text(headline, null, String.join("", paragraphs), "first"), now()));
    long fullCopy = String.join("\n", paragraphs).length();
    long afterFirst = storedBodyBytes(story.id());

    for (int n = 1; n <= 100; n++) {
      int changed = n % paragraphs.size();
      paragraphs.set(changed, paragraphs.get(changed).replace("</p>", " edit" + n + "</p>"));
      int base = n;
      String body = String.join("", paragraphs);
      inTransaction(() -> ledger.save(RITA, story.id(), base, RevisionDraft.text(headline, null, body, "edit " + base), now()));
    }
    long perRevision = (storedBodyBytes(story.id()) - afterFirst) / 100;
    LOG.info(() -> "Storage: full copy " + fullCopy + " bytes, one-paragraph revision " + perRevision + " bytes ("
        + (100 * perRevision / fullCopy) + "%)");
    assertTrue(BodyPolicy.wordCount(String.join("", paragraphs)) >= 3000);
    assertTrue(perRevision < fullCopy / 10, "stored " + perRevision + " bytes per revision, a full copy is " + fullCopy);
  }

  @Test
  void aOneParagraphEditStoresOnlyTheClaimsOfThatParagraphAndVerdictsLeaveEarlierRevisionsAlone() throws Exception {
    String tag = "Harbor" + System.nanoTime() % 100000;
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 30; p++) {
      paragraphs.add("<p>The " + tag + " council spent $" + (p + 2) + " million on roads in district " + (p + 1)
          + " on March " + (p % 28 + 1) + ", 2026, the treasurer said.</p>");
    }
    String headline = "Claim storage " + tag;
    StoryView story = inTransaction(() -> ledger.create(RITA, RevisionDraft.text(headline, null, String.join("", paragraphs), null), now()));
    long rowsAfterFirst = single("SELECT COUNT(*) FROM claim WHERE story_id = ?", story.id());
    List<CheckedClaim> first = inTransaction(() -> claims.of(story.id(), 1));
    assertEquals(rowsAfterFirst, first.size());
    assertTrue(first.size() >= 60, "a figure and a date in every paragraph: " + first.size());

    paragraphs.set(12, "<p>The " + tag + " council spent $99 million on bridges in district 13 on April 2, 2026, the treasurer said.</p>");
    inTransaction(() -> ledger.save(RITA, story.id(), 1, RevisionDraft.text(headline, null, String.join("", paragraphs), "bridges"), now()));
    List<CheckedClaim> second = inTransaction(() -> claims.of(story.id(), 2));
    long inEdited = second.stream().filter(c -> c.getParagraph() == 12).count();
    long added = single("SELECT COUNT(*) FROM claim WHERE story_id = ?", story.id()) - rowsAfterFirst;
    LOG.info(() -> "Claims: " + first.size() + " in a 30-paragraph story; a one-paragraph edit added " + added + " rows");
    assertTrue(inEdited > 0 && added == inEdited, "rows added " + added + ", claims in the edited paragraph " + inEdited);
    assertEquals(first.size(), second.size());
    assertTrue(second.stream().anyMatch(c -> c.getText().contains("99 million")));
    assertTrue(second.stream().allMatch(c -> c.getRevisionNumber() == 2));
    List<CheckedClaim> firstAgain = inTransaction(() -> claims.of(story.id(), 1));
    assertEquals(first.stream().map(CheckedClaim::getText).toList(), firstAgain.stream().map(CheckedClaim::getText).toList(),
        "revision 1 still reads its own claims");

    CheckedClaim unchanged = second.stream().filter(c -> c.getParagraph() == 0).findFirst().orElseThrow();
    assertEquals(1, unchanged.getFirstRevision(), "an unchanged claim keeps its row");
    inTransaction(() -> {
      CheckedClaim row = claims.of(story.id(), 2).stream().filter(c -> c.getId().equals(unchanged.getId())).findFirst().orElseThrow();
      claims.judge(row, 2, ClaimStatus.VERIFIED, "minutes", null, "fran", now());
      return row;
    });
    CheckedClaim judged = inTransaction(() -> claims.of(story.id(), 2)).stream()
        .filter(c -> c.getId().equals(unchanged.getId())).findFirst().orElseThrow();
    assertEquals(ClaimStatus.VERIFIED, judged.getStatus(), "the checker's claim id still names the claim");
    assertEquals(2, judged.getFirstRevision());
    CheckedClaim inFirst = inTransaction(() -> claims.of(story.id(), 1)).stream()
        .filter(c -> c.getParagraph() == 0 && c.getText().equals(unchanged.getText())).findFirst().orElseThrow();
    assertEquals(ClaimStatus.UNCHECKED, inFirst.getStatus(), "revision 1 keeps the verdict it had");
    assertEquals(1, (int) inFirst.getLastRevision());
  }

  @Test
  void theAuditChainVerifiesAndNamesTheFirstRowChangedBehindItsBack() throws Exception {
    String headline = "Audit chain " + System.nanoTime();
    StoryView story = inTransaction(() -> ledger.create(RITA, RevisionDraft.text(headline, null, "<p>Body.</p>", null), now()));
    inTransaction(() -> ledger.save(RITA, story.id(), 1, RevisionDraft.text(headline, null, "<p>Body two.</p>", "second"), now()));
    inTransaction(() -> ledger.transition(RITA, story.id(), Transition.SUBMIT, TransitionRequest.none(), now()));
    inTransaction(() -> ledger.transition(EDDIE, story.id(), Transition.RETURN, TransitionRequest.comment("Needs a source"), now()));

    AuditChain.Verification intact = AuditChain.verify(audit.entries(story.id()));
    assertTrue(intact.intact());
    assertEquals(4, intact.entries());

    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE audit_entry SET comment = ? WHERE story_id = ? AND seq = 2")) {
      s.setString(1, "quietly rewritten");
      s.setLong(2, story.id());
      assertEquals(1, s.executeUpdate());
    }

    AuditChain.Verification broken = AuditChain.verify(audit.entries(story.id()));
    assertFalse(broken.intact());
    assertEquals(2, broken.brokenSeq());
    assertEquals("CHANGED", broken.problem());
  }
}
