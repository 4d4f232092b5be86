package org.copydesk.story;

import java.util.List;

/**
 * A revision's body as one column: the ids of its paragraphs in order, in decimal, separated by
 * commas ({@code "101,102,517"}; an empty body is {@code ""}). It replaced a row per paragraph
 * (V18): every save wrote fifty such rows and three index entries for each, and its commit wrote
 * their pages out again (bench/analysis.md, session 19). The desk's body search reads the current
 * revision's paragraphs from {@code current_paragraph} (V22), not from this column.
 */
final class ParagraphIdColumn {

  private ParagraphIdColumn() {}

  static String join(List<Long> ids) {
    StringBuilder out = new StringBuilder(ids.size() * 8);
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("not a stored paragraph's id: " + id);
      }
      if (!out.isEmpty()) {
        out.append(',');
      }
      out.append(id.longValue());
    }
    return out.toString();
  }

  /** The ids in {@code column}; an unmodifiable list, safe to share between threads once built. */
  static List<Long> parse(String column) {
    if (column == null) {
      // NOT NULL in the schema: a null means a row written around Copydesk, or not read yet.
      throw new IllegalStateException("a revision without its paragraph_ids column");
    }
    if (column.isEmpty()) {
      return List.of();
    }
    int count = 1;
    for (int i = 0; i < column.length(); i++) {
      if (column.charAt(i) == ',') {
        count++;
      }
    }
    Long[] ids = new Long[count];
    int start = 0;
    for (int n = 0; n < count; n++) {
      int comma = column.indexOf(',', start);
      int end = comma < 0 ? column.length() : comma;
      ids[n] = id(column, start, end);
      start = end + 1;
    }
    return List.of(ids);
  }

  private static long id(String column, int start, int end) {
    long id;
    try {
      id = start < end && Character.isDigit(column.charAt(start)) ? Long.parseLong(column, start, end, 10) : 0;
    } catch (NumberFormatException e) {
      throw new IllegalStateException("paragraph_ids is not a list of ids: \"" + column + "\"", e);
    }
    if (id <= 0) {
      throw new IllegalStateException("paragraph_ids is not a list of ids: \"" + column + "\"");
    }
    return id;
  }
}
