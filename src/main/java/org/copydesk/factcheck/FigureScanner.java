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
              + "|(?<half>(?i:\\b(?:a|an|" + SPELLED + "|\\d+)\\s+(?:minute|hour|day|week|month|year)s?\\s+and\\s+a\\s+half\\b"
              + "|\\b(?:" + SPELLED + "|\\d+)\\s+and\\s+a\\s+half\\s+(?:minute|hour|day|week|month|year|mile|kilometre|kilometer|metre|meter)s?\\b))"
              + "|(?<fraction>(?i:\\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[-\\s](?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)"
              + "|a\\s+(?:third|quarter|fifth|tenth)|half)\\b))"
              + "|(?<vague>(?i:\\b(?:dozens|hundreds|thousands|millions|billions|tens\\s+of\\s+thousands)(?=\\s+of\\s)"
              + "|\\bseveral\\s+(?:" + SCALE + ")\\b|\\ba\\s+(?:dozen|hundred|thousand)\\b))"
              + "|(?<num>(?<![\\p{L}\\d.,:$\u20ac\u00a3\u00a5/#])(?:" + NUM + ")(?!\\d|[.,]\\d))"
              + "|(?<word>(?i:\\b(?:" + SPELLED + ")\\b)(?i:\\s+(?:" + SCALE + ")\\b)?)");

  /** Words at which a figure can start; the core pattern is tried only there, which keeps a long body fast. */
  private static final Set<String> TRIGGERS =
      Set.of("a", "an", "half", "dozens", "hundreds", "thousands", "millions", "billions", "tens", "several",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
          "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final Pattern QUALIFIER =
      Pattern.compile(
          "(?i)\\b(?:about|around|roughly|nearly|almost|approximately|some|just|only|over|under|exactly|barely"
              + "|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|as\\s+much\\s+as"
              + "|as\\s+many\\s+as|as\\s+few\\s+as|an\\s+estimated|an\\s+average\\s+of|a\\s+median\\s+of"
              + "|all\\s+but|close\\s+to|upwards?\\s+of)\\s+$");
  private static final Set<String> QUALIFIER_WORDS =
      Set.of("about", "around", "roughly", "nearly", "almost", "approximately", "some", "just", "only",
          "over", "under", "exactly", "barely", "estimated", "another", "than", "least", "most");
  private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)\\b");
  private static final Pattern SCALE_AFTER = Pattern.compile("^\\s+(?:" + SCALE + ")\\b");
  private static final Pattern PERCENT =
      Pattern.compile("^(?:\\s?%|\\s+per(?:cent|\\s+cent)\\b|\\s+percentage\\s+points?\\b)");
  private static final Pattern COMPOUND = Pattern.compile("^(?:-\\p{L}+)+");
  private static final Pattern TALLY = Pattern.compile("^[-\u2013]\\d+\\b");
  private static final Pattern RATIO =
      Pattern.compile("^\\s+(?:in|to|out\\s+of|of\\s+every)\\s+(\\d[\\d,]*(?:\\.\\d+)?|(?i:" + SPELLED + "))\\b");
  private static final Pattern OUT_OF = Pattern.compile("^\\s+(?:out\\s+of|of\\s+every)\\s+(?:\\d[\\d,]*|\\p{L}+)\\b");
  /** "31 of the bridge's 118 floor beams", "11 of the last 14 years": one figure, a part of a whole. */
  private static final Pattern PARTITION =
      Pattern.compile("^\\s+(?:out\\s+)?of\\s+(?:(?:the|its|their|his|her|our|my|your|these|those)\\s+)?(?:(?:last|first|next|past)\\s+)?"
          + "(?:\\p{L}+['\u2019]s\\s+)?(\\d[\\d,]*|(?i:" + SPELLED + "))\\b(?!-)");
  private static final String TIME_UNIT = "(?:minute|second|hour|day|week|month|year)s?";
  private static final Pattern DURATION =
      Pattern.compile("^\\s+" + TIME_UNIT + "\\s+and\\s+(?:\\d+|(?i:" + SPELLED + "))\\s+" + TIME_UNIT + "\\b");
  private static final Pattern OF_GROUP = Pattern.compile("^\\s+of\\s+(?:them|those|these|us|you)\\b");
  private static final Pattern OF = Pattern.compile("^\\s+of\\b");
  private static final Pattern NOUN = Pattern.compile("^ ([a-z][a-z'\u2019-]*)");
  private static final Pattern RATE =
      Pattern.compile("^\\s+(?:a|an|per|each|every)\\s+(?:year|month|week|day|hour|minute|second|night|head|person"
          + "|capita|household|season|game|trip|shift)\\b");
  private static final Pattern FOLLOWED_BY_WORD = Pattern.compile("^ [a-z]");
  private static final Set<String> HALF_OF = Set.of("of", "the", "its", "their", "his", "her", "our", "a", "an");

  /** Verbs that often follow a counted noun in wire copy and must not become part of it. */
  private static final Set<String> COMMON_VERBS =
      Set.of("work", "works", "live", "lives", "left", "went", "came", "rose", "fell", "grew", "took", "made",
          "gave", "got", "saw", "paid", "won", "lost", "spent", "sat", "stood", "ran", "met", "kept", "held",
          "brought", "bought", "built", "sold", "felt", "became", "began", "remain", "remains", "need", "needs",
          "want", "wants", "know", "think", "get", "go", "come", "take", "make", "see", "use", "find", "give",
          "tell", "hurt", "hurts", "cost", "costs", "face", "faces", "return", "stay", "wait", "die", "help",
          "helps", "lack", "own", "pay", "pays", "earn", "earns", "fill", "lose", "win", "run", "runs", "read");

  private FigureScanner() {}

  /** Figures outside {@code taken} (dates, names of organisations), in order, not overlapping. */
  static List<Span> find(String text, List<Span> taken) {
    List<Span> found = new ArrayList<>();
    Matcher m = CORE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at : triggers(text)) {
      if (Span.anyCovers(found, at, at + 1) || !m.region(at, text.length()).lookingAt()
          || Span.anyCovers(taken, m.start(), m.end())) {
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
        found.add(new Span(qualifierStart(text, m.start()), end));
      }
    }
    return found;
  }

  /** Starts of digits, currency signs and trigger words, in order. */
  private static List<Integer> triggers(String text) {
    List<Integer> at = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' || c == '\u20ac' || c == '\u00a3' || c == '\u00a5') {
        at.add(i++);
      } else if (Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        boolean currencyPrefix = end < text.length() && "$\u20ac\u00a3\u00a5".indexOf(text.charAt(end)) >= 0;
        if (Character.isDigit(c) || currencyPrefix || TRIGGERS.contains(Lexicon.lower(text.substring(i, end)))) {
          at.add(i);
        }
        i = end;
      } else {
        i++;
      }
    }
    return at;
  }

  private static Matcher after(Pattern p, String text, int from) {
    return p.matcher(text).region(from, text.length()).useTransparentBounds(true);
  }

  private static int digits(String text, int start, int end, List<Span> taken) {
    if (after(ORDINAL, text, end).lookingAt()) {
      return -1; // an ordinal outside a date: "the 20th anniversary"
    }
    if (partOfName(text, start)) {
      return -1;
    }
    Matcher tally = after(TALLY, text, end);
    if (tally.lookingAt()) {
      return tally.end();
    }
    return unit(text, end, taken, true);
  }

  private static int spelled(String text, int start, int end, List<Span> taken) {
    Matcher ratio = after(RATIO, text, end);
    if (ratio.lookingAt() && !Span.anyCovers(taken, ratio.start(1), ratio.end(1))) {
      return afterNouns(text, ratio.end(), 3);
    }
    if (end - start == 3 && text.regionMatches(true, start, "one", 0, 3)) {
      return -1; // "one" is a pronoun far more often than a count
    }
    boolean qualified =
        qualifierStart(text, start) < start || DateScanner.wordBefore(text, start).equalsIgnoreCase("of");
    int unitEnd = unit(text, end, taken, false);
    if (unitEnd > end || qualified || after(SCALE_AFTER, text, end).lookingAt()) {
      return Math.max(unitEnd, end);
    }
    return -1;
  }

  /** What follows a number: scale, percent, compound, ratio, "of them", nouns, rate. */
  private static int unit(String text, int end, List<Span> taken, boolean bareIsFigure) {
    int e = end;
    Matcher scale = after(SCALE_AFTER, text, e);
    if (scale.lookingAt()) {
      e = scale.end();
    }
    Matcher percent = after(PERCENT, text, e);
    if (percent.lookingAt()) {
      return rate(text, percent.end());
    }
    Matcher compound = after(COMPOUND, text, e);
    if (compound.lookingAt()) {
      return afterNouns(text, compound.end(), 2);
    }
    Matcher ratio = after(RATIO, text, e);
    if (ratio.lookingAt() && !Span.anyCovers(taken, ratio.start(1), ratio.end(1))) {
      return afterNouns(text, ratio.end(), 3);
    }
    Matcher duration = after(DURATION, text, e);
    if (duration.lookingAt()) {
      return duration.end();
    }
    Matcher partition = after(PARTITION, text, e);
    if (partition.lookingAt() && !Span.anyCovers(taken, partition.start(1), partition.end(1))) {
      return rate(text, afterNouns(text, partition.end(), 3));
    }
    Matcher group = after(OF_GROUP, text, e);
    if (group.lookingAt()) {
      return group.end();
    }
    int nouns = afterNouns(text, e, 3);
    if (nouns > e) {
      Matcher outOf = after(OUT_OF, text, nouns);
      return rate(text, outOf.lookingAt() ? outOf.end() : nouns);
    }
    return bareIsFigure || e > end ? rate(text, e) : end;
  }

  private static int fraction(String text, int start, int end) {
    String next = DateScanner.wordAfter(text, end);
    if (end - start == 4 && text.regionMatches(true, start, "half", 0, 4)) {
      boolean counted = HALF_OF.contains(next) || DateScanner.wordBefore(text, start).equalsIgnoreCase("than");
      return counted ? end : -1;
    }
    boolean article = text.regionMatches(true, start, "a ", 0, 2);
    if (article && after(FOLLOWED_BY_WORD, text, end).lookingAt() && !next.equals("of")) {
      return -1; // "a third term" is an ordinal
    }
    return end;
  }

  private static int vague(String text, int end) {
    Matcher of = after(OF, text, end);
    int e = of.lookingAt() ? of.end() : end;
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
    Matcher noun = NOUN.matcher(text).useTransparentBounds(true);
    while (words < max && noun.region(e, text.length()).lookingAt()) {
      String word = noun.group(1);
      if (word.equals("and") && words > 0) {
        int andEnd = noun.end();
        if (words + 1 < max && noun.region(andEnd, text.length()).lookingAt()) {
          String next = noun.group(1);
          if (isNoun(next) && !next.endsWith("ing") && (!next.endsWith("ed") || previous.endsWith("ed"))) {
            e = noun.end();
            words += 2;
            continue;
          }
        }
        break;
      }
      if (!isNoun(word) || words > 0 && verbLike(word, previous)) {
        break;
      }
      e = noun.end();
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
    String w = Lexicon.withoutPossessive(word);
    if (w.indexOf('\'') >= 0 || w.indexOf('\u2019') >= 0) {
      return false; // a contraction: "20 years we've"
    }
    return !w.isEmpty()
        && !Lexicon.NOT_A_UNIT.contains(w)
        && !Lexicon.NUMBER_WORDS.contains(w)
        && !Lexicon.isMonthOrDay(w);
  }

  private static int rate(String text, int end) {
    Matcher rate = after(RATE, text, end);
    return rate.lookingAt() ? rate.end() : end;
  }

  /** Where "about", "more than", "at least"... right before {@code start} begin, or {@code start}. */
  private static int qualifierStart(String text, int start) {
    Matcher q = QUALIFIER.matcher(text).region(Math.max(0, start - 24), start).useTransparentBounds(true);
    return q.find() ? q.start() : start;
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
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    char last = word.charAt(word.length() - 1);
    if (!Character.isLetter(last) && last != '.') {
      return false;
    }
    String lower = Lexicon.lower(word);
    return !Lexicon.FUNCTION_WORDS.contains(lower) && !QUALIFIER_WORDS.contains(lower) && !Lexicon.isMonthOrDay(word)
        && !word.endsWith("'s") && !word.endsWith("\u2019s");
  }
}
