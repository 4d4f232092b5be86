package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.platform.MigratedH2;
import org.copydesk.platform.Sha256;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How {@link RevisionStore#append} finds the paragraphs a story already has, run through EclipseLink
 * on H2 with the real migrations: a 50-block story saved 250 times, one block changed each time
 * (300 paragraphs stored), beside another story with the same text. Unchanged blocks and blocks
 * brought back from an earlier revision keep their paragraphs, and H2 reads about as many rows as
 * the new body has blocks, not as many as the story's history.
 */
class ParagraphLookupTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final Actor RITA = Actor.of("rita", Role.REPORTER);
  private static final int BLOCKS = 50;
  private static final int SAVES = 250;

  private MigratedH2 h2;
  private EntityManager em;
  private RevisionStore store;
  private Story story;
  private Story other;

  @BeforeEach
  void storyWithALongHistory() throws Exception {
    h2 = new MigratedH2("paragraphlookup");
    em = h2.entityManager();
    store = h2.inject(new RevisionStore());
    other = newStory("other-story", blocks(0));
    story = newStory("council-budget", blocks(0));
    for (int r = 1; r <= SAVES; r++) {
      save(blocks(r));
    }
    h2.analyze();
  }

  @AfterEach
  void drop() throws SQLException {
    h2.close();
  }

  /**
   * The search index holds every word the story has had, once: each save adds only the words new
   * to the story (a block brought back from an older revision adds none, and no row twice).
   */
  @Test
  void theSearchIndexHoldsEveryWordOfEveryParagraphAndHeadlineOnce() throws SQLException {
    List<String> next = blocks(SAVES);
    next.set(3, block(3, 53));
    next.set(7, "<p>Block 7 rewritten after the vote by the harbourmaster.</p>");
    save(next);
    for (Story s : List.of(story, other)) {
      java.util.Set<String> expected = new java.util.TreeSet<>(SearchTerms.of("Council passes budget"));
      List<String> indexed = new ArrayList<>();
      try (java.sql.Statement q = h2.connection().createStatement()) {
        try (java.sql.ResultSet rows = q.executeQuery("SELECT content FROM paragraph WHERE story_id = " + s.getId())) {
          while (rows.next()) {
            expected.addAll(SearchTerms.ofBlock(rows.getString(1)));
          }
        }
        try (java.sql.ResultSet rows = q.executeQuery("SELECT term FROM story_term WHERE story_id = " + s.getId() + " ORDER BY term")) {
          while (rows.next()) {
            indexed.add(rows.getString(1));
          }
        }
      }
      assertThat(indexed).as("story %s", s.getSlug()).containsExactlyElementsOf(expected).contains("council");
    }
  }

  /**
   * A sentence added to a paragraph sends the index that sentence's new words only: the rest are
   * the replaced paragraph's, indexed when it was stored.
   */
  @Test
  void anEditedParagraphAsksTheIndexForItsNewWordsOnly() throws SQLException {
    List<String> next = blocks(SAVES);
    next.set(9, next.get(9).replace(".</p>", ". Quayside 4711.</p>"));
    assertThat(h2.executions("insert into story_term", () -> save(next))).as("quayside, 4711").isEqualTo(2);
    try (java.sql.Statement q = h2.connection().createStatement();
        java.sql.ResultSet rows = q.executeQuery("SELECT COUNT(*) FROM story_term WHERE story_id = " + story.getId()
            + " AND term IN ('quayside', '4711')")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(2);
    }
  }

  /**
   * A save looks up each of its new words in the story's own part of the primary key, one entry
   * each, however many terms the story and the others have (session 21 read all of them).
   */
  @Test
  void aSaveLooksUpEachNewWordByOneKeyOfThePrimaryKey() throws SQLException {
    String plan = h2.plan(RevisionStore.INSERT_TERM_IF_ABSENT, "harbourmaster", story.getId(), story.getId(), "harbourmaster");
    assertThat(plan).containsPattern("PRIMARY_KEY_[0-9A-F]+: STORY_ID = \\?3\\s+AND TERM = \\?4");
    assertThat(plan).containsPattern("scanCount: 1 ");
  }

  /**
   * The rows the desk's body search reads (current_paragraph) list the current revision's
   * paragraphs after every save, each written as the change from the revision before: an edit of
   * two blocks deletes two rows, one of one block inserts one.
   */
  @Test
  void theCurrentParagraphsFollowEachSaveByWhatItChanged() throws SQLException {
    for (Story s : List.of(story, other)) {
      assertThat(currentParagraphs(s)).as(s.getSlug()).containsExactlyInAnyOrderElementsOf(new HashSet<>(s.getCurrentRevision().getParagraphIds()));
    }
    List<String> next = blocks(SAVES);
    next.set(3, block(3, 53));
    next.set(7, "<p>Block 7 rewritten after the vote.</p>");
    assertThat(h2.executions("delete from current_paragraph", () -> save(next))).as("blocks 3 and 7").isEqualTo(2);
    next.set(8, "<p>Block 8 rewritten too.</p>");
    assertThat(h2.executions("insert into current_paragraph", () -> save(next))).as("block 8").isEqualTo(1);
    assertThat(currentParagraphs(story)).containsExactlyInAnyOrderElementsOf(new HashSet<>(story.getCurrentRevision().getParagraphIds()))
        .contains(idOf(story, block(3, 53)), idOf(story, "<p>Block 8 rewritten too.</p>"));
    next.add(next.get(0));
    save(next);
    assertThat(currentParagraphs(story)).as("a block the body has twice is one row").hasSize(BLOCKS);
  }

  private List<Long> currentParagraphs(Story s) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (java.sql.Statement q = h2.connection().createStatement();
        java.sql.ResultSet rows = q.executeQuery("SELECT paragraph_id FROM current_paragraph WHERE story_id = " + s.getId())) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  @Test
  void keepsUnchangedAndRestoredParagraphsAndStoresOnlyNewText() {
    List<Long> before = story.getCurrentRevision().getParagraphIds();
    long paragraphsBefore = paragraphsOf(story);
    List<String> next = blocks(SAVES);
    // Block 3 as it was at revision 53 (changed again at 103, 153, 203); block 7 is new text.
    next.set(3, block(3, 53));
    next.set(7, "<p>Block 7 rewritten after the vote.</p>");
    List<Long> after = save(next).getParagraphIds();

    for (int b = 0; b < BLOCKS; b++) {
      if (b != 3 && b != 7) {
        assertThat(after.get(b)).as("unchanged block %d", b).isEqualTo(before.get(b));
      }
    }
    assertThat(after.get(3)).as("a block brought back keeps its paragraph").isEqualTo(idOf(story, block(3, 53)));
    assertThat(after.get(7)).isNotIn(before);
    assertThat(paragraphsOf(story)).as("one paragraph stored, for block 7").isEqualTo(paragraphsBefore + 1);
    assertThat(after.get(0)).as("another story's paragraph is never shared").isNotEqualTo(other.getCurrentRevision().getParagraphIds().get(0));
  }

  @Test
  void aLargelyNewBodyStillFindsTheParagraphsItBringsBack() {
    List<Long> before = story.getCurrentRevision().getParagraphIds();
    long paragraphsBefore = paragraphsOf(story);
    List<String> next = blocks(SAVES);
    // Twenty blocks changed at once, more than are looked up one by one: ten back to their text at
    // revision 0, ten new.
    for (int b = 10; b < 20; b++) {
      next.set(b, block(b, 0));
      next.set(b + 20, "<p>Block " + (b + 20) + " as the desk rewrote it.</p>");
    }
    List<Long> after = save(next).getParagraphIds();

    for (int b = 10; b < 20; b++) {
      assertThat(after.get(b)).as("block %d brought back", b).isEqualTo(idOf(story, block(b, 0)));
      assertThat(after.get(b + 20)).isNotIn(before);
    }
    assertThat(after.subList(0, 10)).isEqualTo(before.subList(0, 10));
    assertThat(paragraphsOf(story)).as("ten paragraphs stored").isEqualTo(paragraphsBefore + 10);
  }

  @Test
  void aRevisionReadBackHasItsParagraphsInOrderAndItsBody() throws Exception {
    List<Long> written = story.getCurrentRevision().getParagraphIds();
    long id = story.getCurrentRevision().getId();
    EntityManager fresh = h2.newEntityManager();
    try {
      // Another entity manager, and EclipseLink's shared cache emptied: the revision comes from its row.
      fresh.getEntityManagerFactory().getCache().evictAll();
      Revision read = fresh.find(Revision.class, id);
      assertThat(read.getParagraphIds()).isEqualTo(written).hasSize(BLOCKS);
      RevisionStore reader = h2.inject(new RevisionStore(), fresh);
      assertThat(reader.body(read)).isEqualTo(clean(blocks(SAVES)).draft().body());
    } finally {
      fresh.close();
    }
    try (var s = h2.connection().prepareStatement("SELECT paragraph_ids FROM revision WHERE id = ?")) {
      s.setLong(1, id);
      try (var row = s.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo(String.join(",", written.stream().map(String::valueOf).toList()));
      }
    }
  }

  @Test
  void readsAboutAsManyRowsAsTheBodyHasBlocksWhateverTheHistory() throws SQLException {
    List<Long> current = List.copyOf(new HashSet<>(story.getCurrentRevision().getParagraphIds()));
    List<String> next = blocks(SAVES);
    next.set(11, "<p>Block 11 with a correction.</p>");
    List<String> sql = h2.statementsOn("paragraph", () -> save(next)).stream()
        .filter(s -> s.toLowerCase().startsWith("select") && s.toLowerCase().contains("from paragraph"))
        .toList();

    assertThat(sql).as("paragraph look-ups EclipseLink sent").isNotEmpty();
    for (String s : sql) {
      String lower = s.toLowerCase();
      // The parameters as EclipseLink bound them, by the statement's shape (the order within an
      // "in" list does not change what H2 reads).
      Object[] parameters;
      if (lower.contains("hash = ?")) {
        parameters = new Object[] {story.getId(), hashOf("<p>Block 11 with a correction.</p>")};
      } else if (lower.contains("hash in")) {
        List<Object> storyAndHashes = new ArrayList<>(List.of(story.getId()));
        new HashSet<>(next).forEach(block -> storyAndHashes.add(hashOf(block)));
        parameters = storyAndHashes.toArray();
      } else {
        parameters = current.toArray();
      }
      String plan = h2.plan(s, parameters);
      Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
      assertThat(scanned.find()).as(plan).isTrue();
      assertThat(Integer.parseInt(scanned.group(1))).as(plan).isLessThanOrEqualTo(BLOCKS + 1);
    }
  }

  private Story newStory(String slug, List<String> body) {
    em.getTransaction().begin();
    Story s = new Story(RITA.username(), AT);
    em.persist(s);
    s.assignSlug(slug);
    em.flush();
    Revision first = store.append(s, null, clean(body), RITA, AT);
    s.acceptFirstRevision(first, AT);
    em.getTransaction().commit();
    return s;
  }

  private Revision save(List<String> body) {
    em.getTransaction().begin();
    Revision current = story.getCurrentRevision();
    Revision next = store.append(story, current.getNumber(), clean(body), RITA, AT.plusMinutes(current.getNumber()));
    story.acceptRevision(next, RITA, AT.plusMinutes(next.getNumber()));
    em.getTransaction().commit();
    return next;
  }

  private static CleanDraft clean(List<String> body) {
    return BodyPolicy.clean(RevisionDraft.text("Council passes budget", "After a long night.", String.join("\n", body), null));
  }

  /** The body after save {@code r}: block {@code b} as the latest save up to {@code r} numbered {@code b} modulo 50 left it. */
  private static List<String> blocks(int r) {
    List<String> body = new ArrayList<>();
    for (int b = 0; b < BLOCKS; b++) {
      int changedAt = r - Math.floorMod(r - b, BLOCKS);
      body.add(block(b, Math.max(changedAt, 0)));
    }
    return body;
  }

  private static String block(int b, int version) {
    return "<p>Block " + b + " of the council story, version " + version + ".</p>";
  }

  /** The hash of a block as the store keeps it: of its sanitised form. */
  private static String hashOf(String block) {
    return Sha256.hex(clean(List.of(block)).blocks().get(0));
  }

  private long paragraphsOf(Story s) {
    return em.createQuery("select count(p) from Paragraph p where p.storyId = :story", Long.class)
        .setParameter("story", s.getId()).getSingleResult();
  }

  private long idOf(Story s, String block) {
    return em.createQuery("select p.id from Paragraph p where p.storyId = :story and p.hash = :hash", Long.class)
        .setParameter("story", s.getId()).setParameter("hash", hashOf(block)).getSingleResult();
  }
}
