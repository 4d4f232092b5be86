package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.platform.MigratedH2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V20 fills the search index for the stories a database had before V19 made it. */
class StoryTermsMigrationTest {

  @Test
  void everyWordAStoryHasHadIsIndexedOnceForThatStory() throws SQLException {
    Flyway all = MigratedH2.migratedUpTo("storytermsbefore", "19");
    try (Connection db = all.getConfiguration().getDataSource().getConnection(); Statement s = db.createStatement()) {
      // The in-memory database outlives the test (DB_CLOSE_DELAY=-1): dropped whatever the outcome.
      try {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (int story = 1; story <= 2; story++) {
          s.execute("INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)"
              + " VALUES (" + story + ", 's" + story + "', 'DRAFT', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
        // Story 1: two revisions; the first's headline and paragraph 11 are no longer current.
        s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES"
            + " (11, 1, 'h11', '<p>The <strong>dredger</strong> sails.</p>'), (12, 1, 'h12', '<p>The ferry sails.</p>'),"
            + " (21, 2, 'h21', '<p>Ferry fares rise &amp; fall.</p>')");
        s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids) VALUES"
            + " (1, 1, 1, 'Harbour news', 'rita', CURRENT_TIMESTAMP, 10, 2, '11'),"
            + " (2, 1, 2, 'Port news', 'rita', CURRENT_TIMESTAMP, 10, 2, '12'),"
            + " (3, 2, 1, 'Fares', 'rita', CURRENT_TIMESTAMP, 10, 2, '21')");
        all.migrate();
        assertThat(terms(s, 1)).containsExactly("dredger", "ferry", "harbour", "news", "p", "port", "sails", "strong", "the");
        assertThat(terms(s, 2)).as("the markup's words and an entity as stored, as the search's text match reads them")
            .containsExactly("amp", "fall", "fares", "ferry", "p", "rise");
      } finally {
        s.execute("DROP ALL OBJECTS");
      }
    }
  }

  private static List<String> terms(Statement s, long story) throws SQLException {
    List<String> terms = new ArrayList<>();
    try (ResultSet rows = s.executeQuery("SELECT term FROM story_term WHERE story_id = " + story + " ORDER BY term")) {
      while (rows.next()) {
        terms.add(rows.getString(1));
      }
    }
    return terms;
  }
}
