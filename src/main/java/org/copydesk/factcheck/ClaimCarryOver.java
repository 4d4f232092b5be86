package org.copydesk.factcheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of a new revision: what the extractor finds, with the verdicts of the previous
 * revision carried over where the same claim sits in an unchanged sentence. A changed sentence
 * starts over; a claim whose sentence is gone is dropped. Claims a checker added by hand are kept
 * while their sentence is still in the text.
 */
final class ClaimCarryOver {

  private ClaimCarryOver() {}

  /**
   * What storing revision {@code revision} writes. {@code claims} are the new revision's claims;
   * of them, {@code added} are rows to store, the others are rows of {@code open} (the claims of the
   * latest revision, {@code revision - 1}) that carry on unchanged: same claim, same sentence, same
   * place. {@code closed} are the open rows that do not carry on and end at {@code revision - 1}.
   */
  record Plan(List<CheckedClaim> claims, List<CheckedClaim> added, List<CheckedClaim> closed) {}

  /** The new revision's claims as fresh rows, none reused (what a row-per-revision store would hold). */
  static List<CheckedClaim> next(
      long storyId, int revision, List<Claim> extracted, List<CheckedClaim> previous, List<String> paragraphTexts) {
    return plan(storyId, revision, extracted, previous, List.of(), paragraphTexts).claims();
  }

  /**
   * {@code previous} are the claims of the revision the new one was edited from (usually the
   * latest, then the same rows as {@code open}).
   */
  static Plan plan(
      long storyId,
      int revision,
      List<Claim> extracted,
      List<CheckedClaim> previous,
      List<CheckedClaim> open,
      List<String> paragraphTexts) {
    Map<String, Deque<CheckedClaim>> earlier = new HashMap<>();
    for (CheckedClaim c : previous) {
      if (!c.isManual()) {
        earlier.computeIfAbsent(c.identity(), k -> new ArrayDeque<>()).add(c);
      }
    }
    Set<CheckedClaim> openRows = Collections.newSetFromMap(new IdentityHashMap<>());
    openRows.addAll(open);
    Set<CheckedClaim> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    List<CheckedClaim> claims = new ArrayList<>();
    List<CheckedClaim> added = new ArrayList<>();
    for (Claim claim : extracted) {
      CheckedClaim fresh = new CheckedClaim(storyId, revision, claim, false, null);
      Deque<CheckedClaim> same = earlier.get(fresh.identity());
      CheckedClaim source = same == null ? null : same.poll();
      keepOrAdd(source == null ? fresh : source.carriedTo(revision, claim.anchor()), source, openRows, kept, claims, added);
    }
    for (CheckedClaim c : previous) {
      if (c.isManual()) {
        Claim.Anchor anchor = locate(c, paragraphTexts);
        if (anchor != null) {
          keepOrAdd(c.carriedTo(revision, anchor), c, openRows, kept, claims, added);
        }
      }
    }
    List<CheckedClaim> closed = open.stream().filter(c -> !kept.contains(c)).toList();
    return new Plan(claims, added, closed);
  }

  private static void keepOrAdd(
      CheckedClaim next,
      CheckedClaim source,
      Set<CheckedClaim> openRows,
      Set<CheckedClaim> kept,
      List<CheckedClaim> claims,
      List<CheckedClaim> added) {
    if (source != null && openRows.contains(source) && source.sameAnchorAs(next)) {
      kept.add(source);
      claims.add(source);
    } else {
      added.add(next);
      claims.add(next);
    }
  }

  /** Where a hand-added claim's sentence, and the claim in it, now sit; null when the sentence changed. */
  static Claim.Anchor locate(CheckedClaim c, List<String> paragraphTexts) {
    for (int p = 0; p < paragraphTexts.size(); p++) {
      String text = paragraphTexts.get(p);
      int sentenceAt = text.indexOf(c.getSentence());
      if (sentenceAt >= 0) {
        int at = text.indexOf(c.getText(), sentenceAt);
        if (at >= 0 && at + c.getText().length() <= sentenceAt + c.getSentence().length()) {
          return new Claim.Anchor(p, at, p, at + c.getText().length());
        }
      }
    }
    return null;
  }
}
