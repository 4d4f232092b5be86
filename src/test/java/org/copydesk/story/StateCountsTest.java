package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.copydesk.platform.MigratedH2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts of stories per state and per reporter and state (V16, V17 and {@link StateCounts})
 * against H2 with the real migrations: the migrations count the stories already there, every state
 * has its row, a reporter's rows come with her first story, and a move takes one story from one
 * state's count to the other's, only when its transaction commits.
 */
class StateCountsTest {

  private MigratedH2 h2;
  private StateCounts counts;
  private EntityManager em;

  @BeforeEach
  void migrated() throws Exception {
    h2 = new MigratedH2("statecounts");
    counts = h2.inject(new StateCounts());
    em = h2.entityManager();
  }

  @AfterEach
  void drop() throws Exception {
    h2.close();
  }

  private static Map<StoryState, Long> expect(Object... stateAndCount) {
    Map<StoryState, Long> expected = new EnumMap<>(StoryState.class);
    for (StoryState state : StoryState.values()) {
      expected.put(state, 0L);
    }
    for (int i = 0; i < stateAndCount.length; i += 2) {
      expected.put((StoryState) stateAndCount[i], ((Number) stateAndCount[i + 1]).longValue());
    }
    return expected;
  }

  private void moved(StoryState from, StoryState to) {
    moved("rita", from, to);
  }

  private void moved(String reporter, StoryState from, StoryState to) {
    em.getTransaction().begin();
    counts.moved(reporter, from, to);
    em.getTransaction().commit();
  }

  private long reporterRows() throws Exception {
    try (Statement s = h2.connection().createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM reporter_state_count")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void everyStateHasARowAndAnEmptyNewsroomCountsNothing() throws Exception {
    try (Statement s = h2.connection().createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM story_state_count")) {
      rows.next();
      assertThat(rows.getInt(1)).as("one row per state").isEqualTo(StoryState.values().length);
    }
    assertThat(counts.all()).isEqualTo(expect());
    assertThat(reporterRows()).as("no reporter has rows before her first story").isZero();
    assertThat(counts.of("rita")).isEqualTo(expect());
  }

  @Test
  void aMoveTakesOneStoryFromOneStateToTheOther() {
    moved(null, StoryState.DRAFT);
    moved(null, StoryState.DRAFT);
    moved(StoryState.DRAFT, StoryState.EDITING);
    moved(StoryState.EDITING, StoryState.FACT_CHECK);
    moved(StoryState.FACT_CHECK, StoryState.EDITING);
    moved(StoryState.PUBLISHED, StoryState.PUBLISHED);
    assertThat(counts.all()).isEqualTo(expect(StoryState.DRAFT, 1, StoryState.EDITING, 1));
    assertThat(counts.of("rita")).as("all of them rita's").isEqualTo(expect(StoryState.DRAFT, 1, StoryState.EDITING, 1));
  }

  @Test
  void eachReporterHasHerOwnCountsMadeWithHerFirstStory() throws Exception {
    moved("rita", null, StoryState.DRAFT);
    assertThat(reporterRows()).as("one row per state for rita").isEqualTo(StoryState.values().length);
    moved("rita", null, StoryState.DRAFT);
    moved("ravi", null, StoryState.EDITING);
    assertThat(reporterRows()).as("and for ravi").isEqualTo(2L * StoryState.values().length);
    moved("rita", StoryState.DRAFT, StoryState.EDITING);
    moved("ravi", StoryState.EDITING, StoryState.READY);
    moved("ravi", StoryState.READY, StoryState.PUBLISHED);
    assertThat(counts.of("rita")).isEqualTo(expect(StoryState.DRAFT, 1, StoryState.EDITING, 1));
    assertThat(counts.of("ravi")).isEqualTo(expect(StoryState.PUBLISHED, 1));
    assertThat(counts.of("nobody")).isEqualTo(expect());
    assertThat(counts.all()).isEqualTo(expect(StoryState.DRAFT, 1, StoryState.EDITING, 1, StoryState.PUBLISHED, 1));
  }

  @Test
  void aRolledBackFirstStoryLeavesNoRowsAndTheNextMakesThem() throws Exception {
    em.getTransaction().begin();
    counts.moved("rita", null, StoryState.DRAFT);
    em.getTransaction().rollback();
    assertThat(reporterRows()).isZero();
    moved("rita", null, StoryState.DRAFT);
    assertThat(counts.of("rita")).isEqualTo(expect(StoryState.DRAFT, 1));
  }

  @Test
  void aReporterWithoutRowsOrWithoutOneStatesRowGetsThemInsteadOfAFailedMove() throws Exception {
    // Stories loaded with SQL and not counted again: the move is counted from zero.
    moved("ghost", StoryState.DRAFT, StoryState.EDITING);
    assertThat(counts.of("ghost")).isEqualTo(expect(StoryState.DRAFT, -1, StoryState.EDITING, 1));
    moved("rita", null, StoryState.DRAFT);
    try (Statement s = h2.connection().createStatement()) {
      // As for a state added to StoryState after rita's rows were made.
      s.execute("DELETE FROM reporter_state_count WHERE reporter = 'rita' AND state = 'SPIKED'");
    }
    moved("rita", StoryState.DRAFT, StoryState.SPIKED);
    assertThat(counts.of("rita")).isEqualTo(expect(StoryState.SPIKED, 1));
    assertThat(reporterRows()).isEqualTo(2L * StoryState.values().length);
  }

  /**
   * Two first stories of one reporter in two transactions at once: the second waits for the
   * first's lock on the newsroom's DRAFT count, then finds the rows the first made instead of
   * inserting them again (which would fail its story with a duplicate key).
   */
  @Test
  void twoFirstStoriesAtOnceMakeTheReportersRowsOnce() throws Exception {
    EntityManager other = h2.newEntityManager();
    StateCounts second = h2.inject(new StateCounts(), other);
    em.getTransaction().begin();
    counts.moved("nina", null, StoryState.DRAFT);
    var waiting = java.util.concurrent.CompletableFuture.runAsync(() -> {
      other.getTransaction().begin();
      second.moved("nina", null, StoryState.DRAFT);
      other.getTransaction().commit();
    });
    try {
      awaitABlockedSession(waiting);
      em.getTransaction().commit();
      waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      other.close();
    }
    assertThat(counts.of("nina")).isEqualTo(expect(StoryState.DRAFT, 2));
    assertThat(counts.all()).isEqualTo(expect(StoryState.DRAFT, 2));
    assertThat(reporterRows()).isEqualTo(StoryState.values().length);
  }

  /** Until H2 reports a session waiting for another's lock (the second transaction's). */
  private void awaitABlockedSession(java.util.concurrent.Future<?> second) throws Exception {
    long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < giveUp) {
      if (second.isDone()) {
        second.get();
        throw new AssertionError("the second transaction ended without waiting for the first");
      }
      try (Statement s = h2.connection().createStatement();
          var rows = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
        rows.next();
        if (rows.getLong(1) > 0) {
          return;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the second transaction never waited for the first");
  }

  @Test
  void aRolledBackMoveLeavesTheCounts() {
    moved(null, StoryState.DRAFT);
    em.getTransaction().begin();
    counts.moved("rita", StoryState.DRAFT, StoryState.SPIKED);
    em.getTransaction().rollback();
    assertThat(counts.all()).isEqualTo(expect(StoryState.DRAFT, 1));
    assertThat(counts.of("rita")).isEqualTo(expect(StoryState.DRAFT, 1));
  }

  @Test
  void theMigrationCountsTheStoriesAlreadyThere() throws Exception {
    Flyway all = MigratedH2.migratedUpTo("statecountsbefore", "15");
    try (Connection db = all.getConfiguration().getDataSource().getConnection(); Statement s = db.createStatement()) {
      // The in-memory database outlives the test (DB_CLOSE_DELAY=-1): dropped whatever the outcome.
      try {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        String[] states = {"DRAFT", "DRAFT", "DRAFT", "EDITING", "PUBLISHED", "PUBLISHED", "KILLED"};
        for (int i = 0; i < states.length; i++) {
          s.execute("INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version) VALUES ("
              + (i + 1) + ", 's" + i + "', '" + states[i] + "', '" + (i % 3 == 2 ? "ravi" : "rita") + "', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
        all.migrate();
        Map<String, Long> found = new java.util.HashMap<>();
        try (var rows = s.executeQuery("SELECT state, stories FROM story_state_count")) {
          while (rows.next()) {
            found.put(rows.getString(1), rows.getLong(2));
          }
        }
        assertThat(found).containsEntry("DRAFT", 3L).containsEntry("EDITING", 1L).containsEntry("PUBLISHED", 2L)
            .containsEntry("KILLED", 1L).containsEntry("READY", 0L).hasSize(StoryState.values().length);
        Map<String, Long> byReporter = new java.util.HashMap<>();
        try (var rows = s.executeQuery("SELECT reporter, state, stories FROM reporter_state_count")) {
          while (rows.next()) {
            byReporter.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
          }
        }
        assertThat(byReporter).as("V17: every reporter with stories, every state")
            .containsEntry("rita DRAFT", 2L).containsEntry("rita EDITING", 1L).containsEntry("rita PUBLISHED", 1L)
            .containsEntry("rita KILLED", 1L).containsEntry("ravi DRAFT", 1L).containsEntry("ravi PUBLISHED", 1L)
            .containsEntry("ravi READY", 0L)
            .hasSize(2 * StoryState.values().length);
      } finally {
        s.execute("DROP ALL OBJECTS");
      }
    }
  }
}
