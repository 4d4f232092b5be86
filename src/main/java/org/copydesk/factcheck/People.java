package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people a story has named so far, so that "Haldane said" and "she said" can be put down to
 * "Bruce Haldane" the way a reader would: a surname means the person of that surname named in
 * full, a pronoun the person mentioned last.
 */
final class People {

  private record Mention(int paragraph, int offset, String name) {}

  private final Map<String, String> bySurname = new HashMap<>();
  private final List<Mention> mentions = new ArrayList<>();

  void introduce(String fullName) {
    int space = fullName.lastIndexOf(' ');
    if (space > 0) {
      bySurname.putIfAbsent(fullName.substring(space + 1), fullName);
    }
  }

  boolean knowsSurname(String word) {
    return bySurname.containsKey(word);
  }

  /** The full name for a lone surname; anything else unchanged. */
  String resolve(String name) {
    return name.indexOf(' ') < 0 ? bySurname.getOrDefault(name, name) : name;
  }

  void mention(int paragraph, int offset, String name) {
    mentions.add(new Mention(paragraph, offset, name));
  }

  /** The person mentioned last before the given point, or null. */
  String latestBefore(int paragraph, int offset) {
    Mention best = null;
    for (Mention m : mentions) {
      boolean before = m.paragraph() < paragraph || (m.paragraph() == paragraph && m.offset() < offset);
      if (before && (best == null || m.paragraph() > best.paragraph()
          || (m.paragraph() == best.paragraph() && m.offset() > best.offset()))) {
        best = m;
      }
    }
    return best == null ? null : best.name();
  }
}
