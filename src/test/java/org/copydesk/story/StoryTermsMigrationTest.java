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

/**
 * V20 fills the search index for the stories a database had before V19 made it; V21 widens it; V23
 * lists each story's current paragraphs, which the search matches its text against, in V22's table.
 */
class StoryTermsMigrationTest {

  @Test
  void everyWordAStoryHasHadIsIndexedOnceForThatStory() throws SQLException {
    twoStoriesMigratedFrom("storytermsbefore", "19", s -> {
      // Story 1: two revisions; the first's headline and paragraph 11 are no longer current.
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES"
          + " (11, 1, 'h11', '<p>The <strong>dredger</strong> sails.</p>'), (12, 1, 'h12', '<p>The ferry sails.</p>'),"
          + " (21, 2, 'h21', '<p>Ferry fares rise &amp; fall.</p>')");
      s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids) VALUES"
          + " (1, 1, 1, 'Harbour news', 'rita', CURRENT_TIMESTAMP, 10, 2, '11'),"
          + " (2, 1, 2, 'Port news', 'rita', CURRENT_TIMESTAMP, 10, 2, '12'),"
          + " (3, 2, 1, 'Fares', 'rita', CURRENT_TIMESTAMP, 10, 2, '21')");
    }, s -> {
      assertThat(terms(s, 1)).containsExactly("dredger", "ferry", "harbour", "news", "p", "port", "sails", "strong", "the");
      assertThat(terms(s, 2)).as("the markup's words and an entity as stored, as the search's text match reads them")
          .containsExactly("amp", "fall", "fares", "ferry", "p", "rise");
    });
  }

  /**
   * V21 adds what V20 did not write for text without spaces between words: the terms inside its
   * runs. A database V20 filled is given them, and nothing else changes.
   */
  @Test
  void textWithoutSpacesIsGivenTheTermsInsideItsRuns() throws SQLException {
    twoStoriesMigratedFrom("storytermsunspaced", "20", s -> {
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES"
          + " (11, 1, 'h11', '<p>会议在北京举行</p>'), (21, 2, 'h21', '<p>The ferry sails.</p>')");
      s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids) VALUES"
          + " (1, 1, 1, '新闻 news', 'rita', CURRENT_TIMESTAMP, 10, 2, '11'), (2, 2, 1, 'Port news', 'rita', CURRENT_TIMESTAMP, 10, 2, '21')");
      // What V20 wrote for these stories: the runs alone.
      s.execute("INSERT INTO story_term (term, story_id) VALUES ('p', 1), ('会议在北京举行', 1), ('新闻', 1), ('news', 1),"
          + " ('p', 2), ('the', 2), ('ferry', 2), ('sails', 2), ('port', 2), ('news', 2)");
    }, s -> {
      assertThat(terms(s, 1)).containsExactlyInAnyOrder(
          "p", "会议在北京举行", "议在", "在北", "北京", "京举", "举行", "行", "新闻", "闻", "news");
      assertThat(terms(s, 2)).containsExactlyInAnyOrder("p", "the", "ferry", "sails", "port", "news");
    });
  }

  /** Only the current revision's paragraphs are listed, once each, whatever the earlier revisions had. */
  @Test
  void eachStorysCurrentParagraphsAreListed() throws SQLException {
    twoStoriesMigratedFrom("currentparagraphs", "22", s -> {
      s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES (11, 1, 'h11', '<p>Old.</p>'),"
          + " (12, 1, 'h12', '<p>New.</p>'), (13, 1, 'h13', '<p>Kept.</p>'), (21, 2, 'h21', '<p>Twice.</p>')");
      s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count, paragraph_ids) VALUES"
          + " (1, 1, 1, 'First', 'rita', CURRENT_TIMESTAMP, 10, 2, '11,13'),"
          + " (2, 1, 2, 'Second', 'rita', CURRENT_TIMESTAMP, 10, 2, '12,13'),"
          + " (3, 2, 1, 'Only', 'rita', CURRENT_TIMESTAMP, 10, 2, '21,21')");
      s.execute("UPDATE story SET current_revision_id = CASE id WHEN 1 THEN 2 ELSE 3 END");
    }, s -> {
      List<String> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT story_id, paragraph_id FROM current_paragraph ORDER BY story_id, paragraph_id")) {
        while (r.next()) {
          rows.add(r.getLong(1) + ":" + r.getLong(2));
        }
      }
      assertThat(rows).containsExactly("1:12", "1:13", "2:21");
    });
  }

  private interface Sql {
    void run(Statement s) throws SQLException;
  }

  /**
   * Stories 1 and 2 in a database migrated up to {@code version}; {@code given} adds what they
   * hold, the remaining migrations run, and {@code then} checks the index.
   */
  private static void twoStoriesMigratedFrom(String name, String version, Sql given, Sql then) throws SQLException {
    Flyway all = MigratedH2.migratedUpTo(name, version);
    try (Connection db = all.getConfiguration().getDataSource().getConnection(); Statement s = db.createStatement()) {
      // The in-memory database outlives the test (DB_CLOSE_DELAY=-1): dropped whatever the outcome.
      try {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        for (int story = 1; story <= 2; story++) {
          s.execute("INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)"
              + " VALUES (" + story + ", 's" + story + "', 'DRAFT', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
        given.run(s);
        all.migrate();
        then.run(s);
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
