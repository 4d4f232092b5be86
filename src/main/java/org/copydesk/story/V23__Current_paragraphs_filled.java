package org.copydesk.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code current_paragraph} (V22) from each story's current revision, whose paragraphs'
 * ids are one column ({@link ParagraphIdColumn}), which SQL cannot split the same way on H2 and
 * PostgreSQL. As with V20, upgrade every instance at once: one of the earlier version still saving
 * would leave the rows of its saves' stories as they were, and the search would match those
 * stories' text as it was. Registered in {@code SchemaMigration}.
 */
public class V23__Current_paragraphs_filled extends BaseJavaMigration {

  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    fill(context.getConnection());
  }

  static void fill(Connection db) throws SQLException {
    try (PreparedStatement current = db.prepareStatement(
            "SELECT s.id, r.paragraph_ids FROM story s JOIN revision r ON r.id = s.current_revision_id");
        RowBatch insert = new RowBatch(db, RevisionStore.INSERT_CURRENT_PARAGRAPH, BATCH)) {
      // Read in slices (PostgreSQL otherwise holds every story's row in memory at once).
      current.setFetchSize(BATCH);
      try (ResultSet rows = current.executeQuery()) {
        while (rows.next()) {
          long story = rows.getLong(1);
          // A paragraph the body has twice (the same block) is one row.
          for (Long paragraph : new LinkedHashSet<>(ParagraphIdColumn.parse(rows.getString(2)))) {
            insert.add(story, paragraph);
          }
        }
      }
    }
  }
}
