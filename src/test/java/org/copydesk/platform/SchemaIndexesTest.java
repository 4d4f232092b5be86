package org.copydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema the migrations leave on H2 has no index twice. Every index is written on every insert
 * into its table, and H2 adds an index of its own for each foreign key that has none on exactly its
 * columns, so an index a migration creates after its foreign key is a silent second copy. V1 left
 * two: on revision_paragraph.paragraph_id, into which every save entered fifty rows (V18 replaced
 * the table by a column), and on revision.story_id; V14 removes them.
 */
class SchemaIndexesTest {

  @Test
  void noTableHasTwoIndexesOnTheSameColumns() throws SQLException {
    Map<String, List<String>> indexesByColumns = new HashMap<>();
    try (MigratedH2 h2 = new MigratedH2("schemaindexes");
        Statement s = h2.connection().createStatement();
        ResultSet rows = s.executeQuery(
            "SELECT i.TABLE_NAME, i.INDEX_NAME,"
                + " LISTAGG(c.COLUMN_NAME || ' ' || c.ORDERING_SPECIFICATION, ',') WITHIN GROUP (ORDER BY c.ORDINAL_POSITION)"
                + " FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c"
                + " ON c.TABLE_SCHEMA = i.TABLE_SCHEMA AND c.TABLE_NAME = i.TABLE_NAME AND c.INDEX_NAME = i.INDEX_NAME"
                + " WHERE i.TABLE_SCHEMA = 'PUBLIC' GROUP BY i.TABLE_NAME, i.INDEX_NAME")) {
      while (rows.next()) {
        indexesByColumns.computeIfAbsent(rows.getString(1) + " (" + rows.getString(3) + ")", k -> new ArrayList<>())
            .add(rows.getString(2));
      }
    }
    assertThat(indexesByColumns).as("the schema's indexes").hasSizeGreaterThan(30);
    assertThat(indexesByColumns).allSatisfy((columns, names) -> assertThat(names).as(columns).hasSize(1));
  }
}
