package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import org.copydesk.platform.MigratedH2;
import org.copydesk.platform.SchemaMigration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts of stories per state (V16 and {@link StateCounts}) against H2 with the real
 * migrations: the migration counts the stories already there, every state has its row, and a move
 * takes one story from one state's count to the other's, only when its transaction commits.
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
    em.getTransaction().begin();
    counts.moved(from, to);
    em.getTransaction().commit();
  }

  @Test
  void everyStateHasARowAndAnEmptyNewsroomCountsNothing() throws Exception {
    try (Statement s = h2.connection().createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM story_state_count")) {
      rows.next();
      assertThat(rows.getInt(1)).as("one row per state").isEqualTo(StoryState.values().length);
    }
    assertThat(counts.all()).isEqualTo(expect());
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
  }

  @Test
  void aRolledBackMoveLeavesTheCounts() {
    moved(null, StoryState.DRAFT);
    em.getTransaction().begin();
    counts.moved(StoryState.DRAFT, StoryState.SPIKED);
    em.getTransaction().rollback();
    assertThat(counts.all()).isEqualTo(expect(StoryState.DRAFT, 1));
  }

  @Test
  void theMigrationCountsTheStoriesAlreadyThere() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:statecountsbefore;DB_CLOSE_DELAY=-1");
    source.setUser("sa");
    Flyway all = SchemaMigration.flyway(source, getClass().getClassLoader());
    Flyway.configure(getClass().getClassLoader()).configuration(all.getConfiguration()).target("15").load().migrate();
    try (Connection db = source.getConnection(); Statement s = db.createStatement()) {
      s.execute("SET REFERENTIAL_INTEGRITY FALSE");
      String[] states = {"DRAFT", "DRAFT", "DRAFT", "EDITING", "PUBLISHED", "PUBLISHED", "KILLED"};
      for (int i = 0; i < states.length; i++) {
        s.execute("INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version) VALUES ("
            + (i + 1) + ", 's" + i + "', '" + states[i] + "', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
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
      s.execute("DROP ALL OBJECTS");
    }
  }
}
