package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.platform.MigratedH2;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A revision's paragraph ids in one column (V18, {@link ParagraphIdColumn}): written and read back
 * exactly, anything else in the column refused rather than read as a shorter body, and the rows of
 * revisions stored before V18 carried over in their order.
 */
class ParagraphIdColumnTest {

  @Test
  void idsAreWrittenInOrderAndReadBackAsTheSameList() {
    List<Long> ids = List.of(101L, 7L, 101L, Long.MAX_VALUE, 1L);
    String column = ParagraphIdColumn.join(ids);
    assertThat(column).isEqualTo("101,7,101," + Long.MAX_VALUE + ",1");
    assertThat(ParagraphIdColumn.parse(column)).isEqualTo(ids);
    assertThat(ParagraphIdColumn.join(List.of())).isEmpty();
    assertThat(ParagraphIdColumn.parse("")).isEmpty();
    assertThat(ParagraphIdColumn.parse("42")).containsExactly(42L);
  }

  @Test
  void aParsedListCannotBeChanged() {
    assertThatThrownBy(() -> ParagraphIdColumn.parse("1,2").add(3L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aColumnThatIsNotAListOfIdsIsRefused() {
    for (String bad : List.of(",", "1,", ",1", "1,,2", "a", "1;2", "-1", "+1", "0", "1, 2", " 1", "99999999999999999999")) {
      assertThatThrownBy(() -> ParagraphIdColumn.parse(bad)).as("\"%s\"", bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("paragraph_ids");
    }
    assertThatThrownBy(() -> ParagraphIdColumn.parse(null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyStoredParagraphsCanBeWritten() {
    for (List<Long> bad : List.of(Arrays.asList(1L, null), List.of(0L), List.of(5L, -2L))) {
      assertThatThrownBy(() -> ParagraphIdColumn.join(bad)).as("%s", bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theMigrationCarriesEachRevisionsParagraphsOverInOrder() throws Exception {
    Flyway all = MigratedH2.migratedUpTo("paragraphidsbefore", "17");
    try (Connection db = all.getConfiguration().getDataSource().getConnection(); Statement s = db.createStatement()) {
      // The in-memory database outlives the test (DB_CLOSE_DELAY=-1): dropped whatever the outcome.
      try {
        s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        s.execute("INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version)"
            + " VALUES (1, 's1', 'DRAFT', 'rita', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        for (long p = 11; p <= 14; p++) {
          s.execute("INSERT INTO paragraph (id, story_id, hash, content) VALUES (" + p + ", 1, 'h" + p + "', '<p>" + p + "</p>')");
        }
        for (int r = 1; r <= 3; r++) {
          s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count)"
              + " VALUES (" + r + ", 1, " + r + ", 'Headline', 'rita', CURRENT_TIMESTAMP, 10, 2)");
        }
        // Inserted out of order, with a paragraph used twice; revision 3 has an empty body.
        s.execute("INSERT INTO revision_paragraph (revision_id, pos, paragraph_id) VALUES"
            + " (1, 2, 13), (1, 0, 11), (1, 1, 12), (2, 1, 11), (2, 0, 14), (2, 2, 11)");
        all.migrate();
        Map<Long, String> column = new TreeMap<>();
        try (ResultSet rows = s.executeQuery("SELECT id, paragraph_ids FROM revision")) {
          while (rows.next()) {
            column.put(rows.getLong(1), rows.getString(2));
          }
        }
        assertThat(column).containsExactlyEntriesOf(new TreeMap<>(Map.of(1L, "11,12,13", 2L, "14,11,11", 3L, "")));
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
          while (rows.next()) {
            tables.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
        assertThat(tables).contains("revision", "paragraph").doesNotContain("revision_paragraph");
        assertThatThrownBy(() -> s.execute("INSERT INTO revision (id, story_id, number, headline, author, created_at, body_chars, word_count)"
                + " VALUES (4, 1, 4, 'Headline', 'rita', CURRENT_TIMESTAMP, 10, 2)"))
            .as("a revision must say its paragraphs").hasMessageContaining("PARAGRAPH_IDS");
      } finally {
        s.execute("DROP ALL OBJECTS");
      }
    }
  }
}
