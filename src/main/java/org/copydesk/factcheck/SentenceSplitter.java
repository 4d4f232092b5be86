package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into sentences. A quotation is never cut: "We are not building for next year.
 * We are building for the next 40 years." is one unit with its attribution, so that editing any
 * word of a quote changes the sentence a checker verified. A full stop after an abbreviation,
 * initial or decimal point is not an ending; after an ambiguous one ("U.S.", "p.m.", "Inc.") it is
 * an ending only when an everyday sentence opener follows.
 */
final class SentenceSplitter {

  private static final Set<String> NEVER_FINAL =
      Set.of(
          "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "lt", "sgt", "capt", "gen", "col",
          "cmdr", "adm", "sen", "rep", "gov", "rev", "hon", "insp", "det", "supt", "cpl", "const",
          "vs");
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no", "nos", "vol", "p", "pp", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> AMBIGUOUS = Set.of("inc", "corp", "ltd", "co", "jr", "sr", "etc");
  private static final Pattern SINGLE_CAPITAL = Pattern.compile("\\p{Lu}");

  private SentenceSplitter() {}

  /** Sentence spans as {start, end} pairs, end exclusive, in order and covering all the text. */
  static List<int[]> split(String text, List<QuoteMarks.Region> quotes) {
    boolean[] inside = new boolean[text.length()];
    boolean[] closing = new boolean[text.length()];
    for (QuoteMarks.Region q : quotes) {
      int end = q.endExclusive(text.length());
      for (int i = q.open() + 1; i < end - (q.unclosed() ? 0 : 1); i++) {
        inside[i] = true;
      }
      if (!q.unclosed()) {
        closing[q.close()] = true;
      }
    }
    List<int[]> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (inside[i]) {
        continue;
      }
      char c = text.charAt(i);
      int boundary = -1;
      if (closing[i]) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (before == '.' || before == '!' || before == '?' || before == '\u2026') {
          boundary = i + 1;
        }
      } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int j = i + 1;
        while (j < text.length() && ")]'\u2019".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        boundary = c == '.' && abbreviationAt(text, i) ? -1 : j;
      }
      if (boundary > 0 && boundary < text.length() && text.charAt(boundary) == ' ') {
        int next = boundary + 1;
        if (next < text.length() && opensSentence(text.charAt(next))) {
          spans.add(new int[] {start, boundary});
          start = next;
          i = boundary;
        }
      }
    }
    if (start < text.length()) {
      spans.add(new int[] {start, text.length()});
    }
    return spans;
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || QuoteMarks.isMark(c) || c == '(' || c == '\u2018';
  }

  private static boolean abbreviationAt(String text, int dot) {
    int start = dot;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, dot);
    if (word.isEmpty() || word.endsWith(".")) {
      return false;
    }
    String lower = Lexicon.lower(word);
    String next = nextWord(text, dot + 1);
    if (SINGLE_CAPITAL.matcher(word).matches() || NEVER_FINAL.contains(lower)) {
      return true;
    }
    if (BEFORE_NUMBER.contains(lower) && !next.isEmpty() && Character.isDigit(next.charAt(0))) {
      return true;
    }
    boolean ambiguous =
        word.indexOf('.') > 0 || AMBIGUOUS.contains(lower) || BEFORE_NUMBER.contains(lower);
    return ambiguous && !Lexicon.FUNCTION_WORDS.contains(Lexicon.lower(next));
  }

  private static String nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || QuoteMarks.isMark(text.charAt(i)))) {
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i);
  }
}
