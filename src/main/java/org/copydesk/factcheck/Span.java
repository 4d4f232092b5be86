package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A stretch of a paragraph's plain text, end exclusive. */
record Span(int start, int end) {

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }

  static boolean anyCovers(List<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the earliest, then longest, of overlapping candidates. */
  static List<Span> disjoint(List<Span> candidates) {
    List<Span> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> kept = new ArrayList<>();
    int reach = -1;
    for (Span s : sorted) {
      if (s.start() >= reach) {
        kept.add(s);
        reach = s.end();
      }
    }
    return kept;
  }
}
