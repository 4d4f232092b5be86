package org.copydesk.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the search index that V19 made ({@code story_term}) for the stories a database already
 * has: the terms of every paragraph and every headline each story has had, as {@link RevisionStore}
 * writes them from now on. One story at a time, so memory does not grow with the newsroom; on a
 * large database the first start after the upgrade takes a while, and other instances wait for it
 * (SchemaMigration lets them wait on Flyway's lock as long as it takes). Instances of the earlier
 * version still saving during a rolling upgrade would leave what they store unindexed: upgrade them
 * all at once. Named for Flyway's versioning (the class name is the version and description);
 * registered in {@code SchemaMigration}.
 */
public class V20__Story_terms_filled extends BaseJavaMigration {

  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    List<Long> stories = new ArrayList<>();
    try (PreparedStatement all = db.prepareStatement("SELECT id FROM story ORDER BY id");
        ResultSet rows = all.executeQuery()) {
      while (rows.next()) {
        stories.add(rows.getLong(1));
      }
    }
    try (PreparedStatement paragraphs = db.prepareStatement("SELECT content FROM paragraph WHERE story_id = ?");
        PreparedStatement headlines = db.prepareStatement("SELECT DISTINCT headline FROM revision WHERE story_id = ?");
        PreparedStatement insert = db.prepareStatement("INSERT INTO story_term (term, story_id) VALUES (?, ?)")) {
      int pending = 0;
      for (long story : stories) {
        Set<String> terms = new LinkedHashSet<>();
        paragraphs.setLong(1, story);
        try (ResultSet rows = paragraphs.executeQuery()) {
          while (rows.next()) {
            terms.addAll(SearchTerms.ofBlock(rows.getString(1)));
          }
        }
        headlines.setLong(1, story);
        try (ResultSet rows = headlines.executeQuery()) {
          while (rows.next()) {
            terms.addAll(SearchTerms.of(rows.getString(1)));
          }
        }
        for (String term : terms) {
          insert.setString(1, term);
          insert.setLong(2, story);
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
