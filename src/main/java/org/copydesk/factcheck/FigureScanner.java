package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities with their unit or noun: "$412 million", "3.8 percent", "216,000 tonnes",
 * "1,500 killed and wounded a day", "two-thirds", "one in five patients", "6-1". A number that is
 * part of a name ("Route 9", "Boeing 737", "No. 4 Wharf") or of a date is not a figure; a spelled
 * number counts only with a noun or a qualifier, because "one" and "two" are also plain words.
 */
final class FigureScanner {

  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  private static final String SPELLED =
      "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen";
  private static final String SCALE = "hundred|thousand|million|billion|trillion";

  private static final Pattern CORE =
      Pattern.compile(
          "(?<money>(?:[A-Z]{1,2})?[$\u20ac\u00a3\u00a5]\\s?(?:" + NUM + ")(?:\\s?(?:" + SCALE + "|bn|mn|m|k)\\b)?)"
              + "|(?<half>(?i:\\b(?:a|an|" + SPELLED + "|\\d+)\\s+(?:minute|hour|day|week|month|year)s?\\s+and\\s+a\\s+half\\b))"
              + "|(?<fraction>(?i:\\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[-\\s](?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
              + "|a\\s+(?:third|quarter|fifth|tenth)|half)\\b))"
              + "|(?<vague>(?i:\\b(?:dozens|hundreds|thousands|millions|billions|tens\\s+of\\s+thousands)(?=\\s+of\\s)"
              + "|\\bseveral\\s+(?:" + SCALE + ")\\b|\\ba\\s+(?:dozen|hundred|thousand)\\b))"
              + "|(?<num>(?<![\\p{L}\\d.,:$\u20ac\u00a3\u00a5/#])(?:" + NUM + ")(?!\\d|[.,]\\d))"
              + "|(?<word>(?i:\\b(?:" + SPELLED + ")\\b)(?i:\\s+(?:" + SCALE + ")\\b)?)");

  private static final Pattern APPROXIMATELY =
      Pattern.compile(
          "(?i)\\b(?:about|around|roughly|nearly|almost|approximately|some|just|only|over|under|exactly|barely"
              + "|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|as\\s+much\\s+as"
              + "|as\\s+many\\s+as|as\\s+few\\s+as|an\\s+estimated|an\\s+average\\s+of|a\\s+median\\s+of"
              + "|all\\s+but|close\\s+to|upwards?\\s+of)\\s+$");
  private static final Set<String> APPROXIMATORS =
      Set.of("about", "around", "roughly", "nearly", "almost", "approximately", "some", "just", "only",
          "over", "under", "exactly", "barely", "estimated", "another", "than", "least", "most");
  private static final Pattern SCALE_AFTER = Pattern.compile("^\\s+(?:" + SCALE + ")\\b");
  private static final Pattern PERCENT =
      Pattern.compile("^(?:\\s?%|\\s+per(?:cent|\\s+cent)\\b|\\s+percentage\\s+points?\\b)");
  private static final Pattern COMPOUND = Pattern.compile("^(?:-\\p{L}+)+");
  private static final Pattern TALLY = Pattern.compile("^[-\u2013]\\d+\\b");
  private static final Pattern RATIO =
      Pattern.compile("^\\s+(?:in|to|out\\s+of|of\\s+every)\\s+(\\d[\\d,]*(?:\\.\\d+)?|(?i:" + SPELLED + "))\\b");
  private static final Pattern OUT_OF = Pattern.compile("^\\s+(?:out\\s+of|of\\s+every)\\s+(?:\\d[\\d,]*|\\p{L}+)\\b");
  private static final Pattern OF_GROUP = Pattern.compile("^\\s+of\\s+(?:them|those|these|us|you)\\b");
  private static final Pattern NOUN = Pattern.compile("^ ([a-z][a-z'\u2019-]*)");
  private static final Pattern RATE =
      Pattern.compile("^\\s+(?:a|an|per|each|every)\\s+(?:year|month|week|day|hour|minute|second|night|head|person"
          + "|capita|household|season|game|trip|shift)\\b");
  /** Verbs that often follow a counted noun in wire copy and must not become part of it. */
  private static final Set<String> COMMON_VERBS =
      Set.of("work", "works", "live", "lives", "left", "went", "came", "rose", "fell", "grew", "took", "made",
          "gave", "got", "saw", "paid", "won", "lost", "spent", "sat", "stood", "ran", "met", "kept", "held",
          "brought", "bought", "built", "sold", "felt", "became", "began", "remain", "remains", "need", "needs",
          "want", "wants", "know", "think", "get", "go", "come", "take", "make", "see", "use", "find", "give",
          "tell", "hurt", "hurts", "cost", "costs", "face", "faces", "return", "stay", "wait", "die", "help",
          "helps", "lack", "own", "pay", "pays", "earn", "earns", "fill", "lose", "win", "run", "runs", "read");
  private static final Pattern FOLLOWS_NOUN = Pattern.compile("^ [a-z]");

  private FigureScanner() {}

  /** Figures outside {@code taken} (dates, names of organisations), in order, not overlapping. */
  static List<Span> find(String text, List<Span> taken) {
    List<Span> found = new ArrayList<>();
    Matcher m = CORE.matcher(text);
    while (m.find()) {
      if (Span.anyCovers(taken, m.start(), m.end()) || Span.anyCovers(found, m.start(), m.end())) {
        continue;
      }
      int end;
      if (m.group("money") != null) {
        end = afterNouns(text, rate(text, m.end()), 2);
      } else if (m.group("half") != null) {
        end = m.end();
      } else if (m.group("fraction") != null) {
        end = fraction(text, m.start(), m.end());
      } else if (m.group("vague") != null) {
        end = vague(text, m.end());
      } else if (m.group("num") != null) {
        end = digits(text, m.start(), m.end(), taken);
      } else {
        end = spelled(text, m.start(), m.end(), taken);
      }
      if (end > 0) {
        found.add(new Span(withQualifier(text, m.start()), end));
      }
    }
    return found;
  }

  private static int digits(String text, int start, int end, List<Span> taken) {
    String rest = text.substring(end);
    if (rest.matches("(?s)^(?:st|nd|rd|th)\\b.*")) {
      return -1; // an ordinal outside a date: "the 20th anniversary"
    }
    if (partOfName(text, start)) {
      return -1;
    }
    Matcher tally = TALLY.matcher(rest);
    if (tally.find()) {
      return end + tally.end();
    }
    return unit(text, end, taken, true);
  }

  private static int spelled(String text, int start, int end, List<Span> taken) {
    boolean one = text.regionMatches(true, start, "one", 0, 3) && end - start == 3;
    Matcher ratio = RATIO.matcher(text.substring(end));
    if (ratio.find() && !Span.anyCovers(taken, end + ratio.start(1), end + ratio.end(1))) {
      return afterNouns(text, end + ratio.end(), 3);
    }
    if (one) {
      return -1; // "one" is a pronoun far more often than a count
    }
    boolean qualified =
        APPROXIMATELY.matcher(text.substring(Math.max(0, start - 24), start)).find()
            || DateScanner.wordBefore(text, start).equalsIgnoreCase("of");
    int unitEnd = unit(text, end, taken, false);
    if (unitEnd > end || qualified || text.substring(end).matches("(?s)^\\s+(?:" + SCALE + ").*")) {
      return Math.max(unitEnd, end);
    }
    return -1;
  }

  /** What follows a number: scale, percent, compound, ratio, "of them", nouns, rate. */
  private static int unit(String text, int end, List<Span> taken, boolean bareIsFigure) {
    int e = end;
    Matcher scale = SCALE_AFTER.matcher(text.substring(e));
    if (scale.find()) {
      e += scale.end();
    }
    Matcher percent = PERCENT.matcher(text.substring(e));
    if (percent.find()) {
      return rate(text, e + percent.end());
    }
    Matcher compound = COMPOUND.matcher(text.substring(e));
    if (compound.find()) {
      return afterNouns(text, e + compound.end(), 2);
    }
    Matcher ratio = RATIO.matcher(text.substring(e));
    if (ratio.find() && !Span.anyCovers(taken, e + ratio.start(1), e + ratio.end(1))) {
      return afterNouns(text, e + ratio.end(), 3);
    }
    Matcher group = OF_GROUP.matcher(text.substring(e));
    if (group.find()) {
      return e + group.end();
    }
    int nouns = afterNouns(text, e, 3);
    if (nouns > e) {
      Matcher outOf = OUT_OF.matcher(text.substring(nouns));
      return rate(text, outOf.find() ? nouns + outOf.end() : nouns);
    }
    return bareIsFigure || e > end ? rate(text, e) : end;
  }

  private static int fraction(String text, int start, int end) {
    String word = text.substring(start, end).toLowerCase();
    String next = DateScanner.wordAfter(text, end);
    if (word.equals("half")) {
      boolean counted =
          Set.of("of", "the", "its", "their", "his", "her", "our", "a", "an").contains(next)
              || DateScanner.wordBefore(text, start).equalsIgnoreCase("than");
      return counted ? end : -1;
    }
    if (word.startsWith("a ") && FOLLOWS_NOUN.matcher(text.substring(end)).find() && !next.equals("of")) {
      return -1; // "a third term" is an ordinal
    }
    return end;
  }

  private static int vague(String text, int end) {
    Matcher of = Pattern.compile("^\\s+of").matcher(text.substring(end));
    int e = of.find() ? end + of.end() : end;
    int nouns = afterNouns(text, e, 2);
    return nouns > e ? nouns : afterNouns(text, end, 2);
  }

  /**
   * Up to {@code max} lower-case words that can be the counted noun, joined by at most one "and".
   * Once there is a noun, a verb ends it: "600 people work", "18,000 customers and closing".
   */
  private static int afterNouns(String text, int end, int max) {
    int e = end;
    int words = 0;
    String previous = "";
    while (words < max) {
      Matcher noun = NOUN.matcher(text.substring(e));
      if (!noun.find()) {
        break;
      }
      String word = noun.group(1);
      if (word.equals("and") && words > 0) {
        Matcher after = NOUN.matcher(text.substring(e + noun.end()));
        if (after.find() && words + 1 < max && isNoun(after.group(1))
            && !after.group(1).endsWith("ing") && (!after.group(1).endsWith("ed") || previous.endsWith("ed"))) {
          e += noun.end() + after.end();
          words += 2;
          continue;
        }
        break;
      }
      if (!isNoun(word) || words > 0 && verbLike(word, previous)) {
        break;
      }
      e += noun.end();
      words++;
      previous = word;
    }
    return e;
  }

  private static boolean verbLike(String word, String previous) {
    return COMMON_VERBS.contains(word)
        || word.endsWith("ed")
        || word.endsWith("ing") && (previous.endsWith("s") || previous.equals("people"));
  }

  private static boolean isNoun(String word) {
    String w = word.replaceAll("['\u2019]s?$", "");
    return !Lexicon.NOT_A_UNIT.contains(w) && !Lexicon.NUMBER_WORDS.contains(w) && !Lexicon.isMonthOrDay(w)
        && !w.isEmpty();
  }

  private static int rate(String text, int end) {
    Matcher rate = RATE.matcher(text.substring(end));
    return rate.find() ? end + rate.end() : end;
  }

  private static int withQualifier(String text, int start) {
    Matcher q = APPROXIMATELY.matcher(text.substring(Math.max(0, start - 24), start));
    return q.find() ? Math.max(0, start - 24) + q.start() : start;
  }

  /** "Route 9", "Boeing 737", "Local 1182", "No. 4": a capitalised word right before the number. */
  private static boolean partOfName(String text, int start) {
    if (start < 2 || text.charAt(start - 1) != ' ') {
      return start > 0 && text.charAt(start - 1) == '#';
    }
    int wordStart = start - 1;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = text.substring(wordStart, start - 1);
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !Character.isLetter(word.charAt(word.length() - 1))
        && !word.endsWith(".")) {
      return false;
    }
    String lower = Lexicon.lower(word);
    return !Lexicon.FUNCTION_WORDS.contains(lower) && !APPROXIMATORS.contains(lower) && !Lexicon.isMonthOrDay(word)
        && !word.endsWith("'s") && !word.endsWith("\u2019s");
  }
}
