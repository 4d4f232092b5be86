package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.story.BodyParagraphs;

/**
 * Scores extracted claims against gold: a prediction matches a gold claim of the same type in the
 * same paragraph when their spans overlap, one to one, largest overlap first. Keeps the misses and
 * false alarms so the report can show them.
 */
final class ClaimScore {

  /** Counts for one type. */
  static final class Tally {
    int gold;
    int predicted;
    int matched;
    int speakerRight;

    double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 1.0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  final Map<ClaimType, Tally> byType = new EnumMap<>(ClaimType.class);
  final List<String> misses = new ArrayList<>();
  final List<String> falseAlarms = new ArrayList<>();
  final List<String> wrongSpeakers = new ArrayList<>();

  ClaimScore() {
    for (ClaimType t : ClaimType.values()) {
      byType.put(t, new Tally());
    }
  }

  Tally tally(ClaimType type) {
    return byType.get(type);
  }

  void add(CorpusStory story, List<Claim> predicted) {
    List<String> paragraphs = BodyParagraphs.split(story.html()).stream().map(ClaimExtractor::paragraphText).toList();
    List<int[]> goldSpans = new ArrayList<>();
    for (CorpusStory.GoldClaim g : story.gold()) {
      String text = paragraphs.get(g.paragraph());
      int at = wordBoundedIndex(text, g.text());
      if (at < 0) {
        throw new IllegalStateException(story.name() + ": gold text not in paragraph " + g.paragraph() + ": " + g.text());
      }
      goldSpans.add(new int[] {at, at + g.text().length()});
      tally(g.type()).gold++;
    }
    predicted.forEach(c -> tally(c.type()).predicted++);
    record Pair(int gold, int predicted, int overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int gi = 0; gi < story.gold().size(); gi++) {
      CorpusStory.GoldClaim g = story.gold().get(gi);
      for (int pi = 0; pi < predicted.size(); pi++) {
        Claim c = predicted.get(pi);
        if (c.type() != g.type() || c.anchor().paragraph() != g.paragraph()) {
          continue;
        }
        int end = c.anchor().spansParagraphs() ? paragraphs.get(g.paragraph()).length() : c.anchor().end();
        int overlap = Math.min(end, goldSpans.get(gi)[1]) - Math.max(c.anchor().start(), goldSpans.get(gi)[0]);
        if (overlap > 0) {
          pairs.add(new Pair(gi, pi, overlap));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::overlap).reversed());
    boolean[] goldUsed = new boolean[story.gold().size()];
    boolean[] predictedUsed = new boolean[predicted.size()];
    for (Pair pair : pairs) {
      if (goldUsed[pair.gold()] || predictedUsed[pair.predicted()]) {
        continue;
      }
      goldUsed[pair.gold()] = true;
      predictedUsed[pair.predicted()] = true;
      CorpusStory.GoldClaim g = story.gold().get(pair.gold());
      tally(g.type()).matched++;
      if (g.type() == ClaimType.QUOTE) {
        String said = predicted.get(pair.predicted()).speaker();
        if (sameSpeaker(g.speaker(), said)) {
          tally(g.type()).speakerRight++;
        } else {
          wrongSpeakers.add(story.name() + " ¶" + g.paragraph() + " \"" + shorten(g.text()) + "\": gold " + g.speaker() + ", got " + said);
        }
      }
    }
    for (int gi = 0; gi < goldUsed.length; gi++) {
      if (!goldUsed[gi]) {
        CorpusStory.GoldClaim g = story.gold().get(gi);
        misses.add(story.name() + " ¶" + g.paragraph() + " " + g.type() + " " + shorten(g.text()));
      }
    }
    for (int pi = 0; pi < predictedUsed.length; pi++) {
      if (!predictedUsed[pi]) {
        Claim c = predicted.get(pi);
        falseAlarms.add(story.name() + " ¶" + c.anchor().paragraph() + " " + c.type() + " " + shorten(c.text()));
      }
    }
  }

  /** The same person when the gold speaker's key word (the last capitalised one) is in the predicted speaker. */
  static boolean sameSpeaker(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == predicted;
    }
    String key = null;
    for (String word : gold.split("\\s+")) {
      if (Character.isUpperCase(word.charAt(0))) {
        key = word.replaceAll("['\u2019]s$", "");
      }
    }
    if (key == null) {
      key = gold.replaceAll("^(?:the|a|an) ", "");
    }
    return predicted.toLowerCase(Locale.ROOT).contains(key.toLowerCase(Locale.ROOT));
  }

  /** First occurrence not inside a longer word ("March" is not the start of "Marchetti"). */
  static int wordBoundedIndex(String text, String needle) {
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      boolean leftFree = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + needle.length();
      boolean rightFree = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (leftFree && rightFree) {
        return at;
      }
    }
    return text.indexOf(needle);
  }

  private static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 70 ? one.substring(0, 67) + "..." : one;
  }
}
