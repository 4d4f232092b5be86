package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the double-quoted stretches of one paragraph. English "..." and curly quotes, French
 * guillemets and German low-high quotes all count; single quotes never do, because the same
 * character is the apostrophe and, in wire copy, the mark of a quote inside a quote.
 */
final class QuoteMarks {

  /** A quoted stretch from the opening mark at {@code open} to the closing mark at {@code close}. */
  record Region(int open, int close) {

    /** Left open at the end of the paragraph; the quote may go on in the next one. */
    boolean unclosed() {
      return close < 0;
    }

    int endExclusive(int textLength) {
      return unclosed() ? textLength : close + 1;
    }
  }

  private QuoteMarks() {}

  static boolean isMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  static List<Region> find(String text) {
    List<Region> regions = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      if (open < 0) {
        // A closing guillemet with nothing open is the Scandinavian opening style; accept it too.
        open = i;
        opener = c;
      } else if (closes(opener, c)) {
        regions.add(new Region(open, i));
        open = -1;
      }
    }
    if (open >= 0) {
      regions.add(new Region(open, -1));
    }
    return regions;
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '\u00ab' -> c == '\u00bb';
      case '\u00bb' -> c == '\u00ab' || c == '\u00bb';
      case '\u201e' -> c == '\u201c' || c == '\u201d' || c == '"';
      // Writers mix straight and curly marks; any English closer ends an English quote.
      default -> c == '"' || c == '\u201d' || (c == '\u201c' && opener == '"');
    };
  }
}
