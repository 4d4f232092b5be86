package org.copydesk.factcheck;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims of a new revision: what the extractor finds, with the verdicts of the previous
 * revision carried over where the same claim sits in an unchanged sentence. A changed sentence
 * starts over; a claim whose sentence is gone is dropped. Claims a checker added by hand are kept
 * while their sentence is still in the text.
 */
final class ClaimCarryOver {

  private ClaimCarryOver() {}

  static List<CheckedClaim> next(
      long storyId, int revision, List<Claim> extracted, List<CheckedClaim> previous, List<String> paragraphTexts) {
    Map<String, Deque<CheckedClaim>> earlier = new HashMap<>();
    for (CheckedClaim c : previous) {
      if (!c.isManual()) {
        earlier.computeIfAbsent(c.identity(), k -> new ArrayDeque<>()).add(c);
      }
    }
    List<CheckedClaim> next = new ArrayList<>();
    for (Claim claim : extracted) {
      CheckedClaim fresh = new CheckedClaim(storyId, revision, claim, false, null);
      Deque<CheckedClaim> same = earlier.get(fresh.identity());
      next.add(same == null || same.isEmpty() ? fresh : same.poll().carriedTo(revision, claim.anchor()));
    }
    for (CheckedClaim c : previous) {
      if (c.isManual()) {
        Claim.Anchor anchor = locate(c, paragraphTexts);
        if (anchor != null) {
          next.add(c.carriedTo(revision, anchor));
        }
      }
    }
    return next;
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
