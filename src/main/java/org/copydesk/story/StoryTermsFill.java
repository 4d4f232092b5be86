package org.copydesk.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the search index's terms for the stories a database already has, from every paragraph and
 * every headline each story has had, as {@link RevisionStore} writes them for what it stores. One
 * story at a time, so memory does not grow with the newsroom. Used by the Java migrations that
 * make or widen the index (V20, V21).
 */
final class StoryTermsFill {

  private static final int BATCH = 500;

  private StoryTermsFill() {}

  /**
   * @param unspacedOnly only the texts with letters of scripts written without spaces, and only
   *     the terms the story lacks: what {@link SearchTerms} began to index after V20 had filled the
   *     rest
   */
  static void fill(Connection db, boolean unspacedOnly) throws SQLException {
    List<Long> stories = new ArrayList<>();
    try (PreparedStatement all = db.prepareStatement("SELECT id FROM story ORDER BY id");
        ResultSet rows = all.executeQuery()) {
      while (rows.next()) {
        stories.add(rows.getLong(1));
      }
    }
    try (PreparedStatement paragraphs = db.prepareStatement("SELECT content FROM paragraph WHERE story_id = ?");
        PreparedStatement headlines = db.prepareStatement("SELECT DISTINCT headline FROM revision WHERE story_id = ?");
        PreparedStatement existing = db.prepareStatement("SELECT term FROM story_term WHERE story_id = ?");
        RowBatch insert = new RowBatch(db, RevisionStore.INSERT_TERM, BATCH)) {
      for (long story : stories) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts(paragraphs, story)) {
          if (!unspacedOnly || SearchTerms.hasUnspaced(text)) {
            terms.addAll(SearchTerms.ofBlock(text));
          }
        }
        for (String text : texts(headlines, story)) {
          if (!unspacedOnly || SearchTerms.hasUnspaced(text)) {
            terms.addAll(SearchTerms.of(text));
          }
        }
        if (unspacedOnly && !terms.isEmpty()) {
          terms.removeAll(new HashSet<>(texts(existing, story)));
        }
        for (String term : terms) {
          insert.add(term, story);
        }
      }
    }
  }

  private static List<String> texts(PreparedStatement query, long story) throws SQLException {
    List<String> texts = new ArrayList<>();
    query.setLong(1, story);
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
    }
    return texts;
  }
}
