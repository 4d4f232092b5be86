package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar and clock references: "Oct. 1", "Sept. 14-16, 2027", "the 20th of January",
 * "1994", "the 1960s", "3:29 p.m.", "Wednesday", "next year", "a year earlier". Pieces that touch
 * ("9 p.m. Sunday", "Tuesday at 10 a.m.") are one date, because the checker verifies them together.
 */
final class DateScanner {

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)";
  private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
  private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?";
  private static final String UNIT =
      "(?:week|weekend|month|year|decade|century|quarter|spring|summer|fall|autumn|winter|season|term)s?";
  private static final String COUNT =
      "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\\s+few|\\d{1,3})";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("\\b(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\s+of\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?\\b"),
          Pattern.compile("\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?"
              + "(?:(?:\\s*[-\u2013]\\s*|\\s+(?:to|through)\\s+)\\d{1,2}(?:st|nd|rd|th)?(?![\\d,.]\\d|\\s*%|\\s+percent))?"
              + "(?:,\\s*" + YEAR + ")?(?!\\d)"),
          Pattern.compile("\\b\\d{1,2}\\s+" + MONTH + "(?:\\s+" + YEAR + ")?(?![\\p{L}])"),
          Pattern.compile("\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s])?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}])"),
          Pattern.compile("\\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]very)\\s+)?" + WEEKDAY
              + "(?:\\s+(?:morning|afternoon|evening|night))?\\b"),
          Pattern.compile("\\b\\d{1,2}(?::[0-5]\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|[ap]m\\b|[AP]M\\b)"),
          Pattern.compile("\\b(?:[0-2]?\\d:[0-5]\\d)\\b|\\b(?:noon|midnight)\\b"),
          Pattern.compile("(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s])?\\b(?:1[6-9]|20)\\d0s\\b|['\u2019]\\d0s\\b"),
          Pattern.compile("(?<![\\p{L}\\d])['\u2019]\\d\\d\\b(?![\\d%]|[.,]\\d)"),
          Pattern.compile("\\b(?:19|20)\\d\\d[-\u2013/]\\d\\d\\b(?![-\u2013/]\\d)"),
          Pattern.compile("(?i)\\b(?:spring|summer|fall|autumn|winter|fiscal)\\s+(?:of\\s+)?" + YEAR + "\\b"),
          Pattern.compile("(?i)\\b(?:the\\s+)?(?:last|next|this|coming|past|previous|following|latest|current)\\s+"
              + "(?:few\\s+|several\\s+)?" + UNIT + "\\b"),
          Pattern.compile("(?i)\\b(?:today|tonight|yesterday|tomorrow)\\b"),
          Pattern.compile("(?i)\\b" + COUNT + "\\s+(?:day|week|month|year|decade|centur(?:y|ie))s?\\s+(?:ago|earlier|later|before|from\\s+now)\\b"),
          Pattern.compile("(?i)\\bthe\\s+(?:end|start|beginning|middle|turn|close)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|last\\s+)?(?:[a-z]+\\s+)?"
              + "(?:week|weekend|month|year|decade|century|quarter|season|term|day)\\b"));

  /** A bare year is a year unless it reads as a count: "2000 people", "$2026", "2026 percent". */
  private static final Pattern BARE_YEAR =
      Pattern.compile("(?<![\\d,.$\u20ac\u00a3#/])\\b(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s])?" + YEAR
          + "\\b(?![,.]\\d|\\s?%|\\s+per(?:cent|\\s+cent)\\b|-\\d)");
  private static final Pattern JOINER = Pattern.compile(" | at | on |, ");
  private static final Set<String> YEAR_LEAD_INS =
      Set.of("in", "since", "by", "until", "till", "from", "of", "before", "after", "to", "through",
          "between", "and", "the", "fiscal", "year", "during", "for", "early", "late", "mid", "or",
          "around", "about", "circa", "spring", "summer", "fall", "autumn", "winter");
  private static final Set<String> MAY_LEAD_INS =
      Set.of("in", "on", "by", "since", "until", "from", "to", "through", "of", "last", "next", "this",
          "early", "mid", "late", "during", "before", "after", "between", "and", "mid-");

  /** Words a date can begin with; the patterns are tried only there, which keeps a long body fast. */
  private static final Set<String> TRIGGERS =
      Set.of("the", "last", "next", "this", "coming", "past", "previous", "following", "latest", "current",
          "early", "mid", "late", "every", "today", "tonight", "yesterday", "tomorrow", "noon", "midnight",
          "spring", "summer", "fall", "autumn", "winter", "fiscal", "a", "an", "one", "two", "three", "four",
          "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private DateScanner() {}

  static List<Span> find(String text) {
    List<Span> candidates = new ArrayList<>();
    List<Matcher> matchers = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      matchers.add(p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false));
    }
    Matcher year = BARE_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int at : triggers(text)) {
      for (Matcher m : matchers) {
        if (m.region(at, text.length()).lookingAt() && !mayIsTheVerb(text, m.start(), m.end())) {
          candidates.add(new Span(m.start(), m.end()));
        }
      }
      if (year.region(at, text.length()).lookingAt() && readsAsYear(text, year.start(), year.end())) {
        candidates.add(new Span(year.start(), year.end()));
      }
    }
    return joined(text, Span.disjoint(candidates));
  }

  /** Starts of digits, month and weekday names, trigger words and "'94"-style years, in order. */
  private static List<Integer> triggers(String text) {
    List<Integer> at = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        at.add(i++);
      } else if (Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        String word = Lexicon.lower(text.substring(i, end));
        if (Character.isDigit(c) || TRIGGERS.contains(word) || Lexicon.isMonthOrDay(word)) {
          at.add(i);
        }
        i = end;
      } else {
        i++;
      }
    }
    return at;
  }

  private static boolean mayIsTheVerb(String text, int start, int end) {
    if (!text.startsWith("May", start) || end - start != 3) {
      return false;
    }
    String before = wordBefore(text, start);
    return !MAY_LEAD_INS.contains(Lexicon.lower(before));
  }

  private static boolean readsAsYear(String text, int start, int end) {
    String before = wordBefore(text, start);
    if (!before.isEmpty() && Character.isUpperCase(before.charAt(0))
        && !Lexicon.FUNCTION_WORDS.contains(Lexicon.lower(before)) && !Lexicon.isMonthOrDay(before)
        && !before.endsWith("'s") && !before.endsWith("\u2019s")) {
      return false; // "Vision 2030", "Windows 2000": part of a name
    }
    String after = wordAfter(text, end);
    boolean countNoun =
        after.length() > 3 && after.endsWith("s") && !after.endsWith("ss")
            && Character.isLowerCase(after.charAt(0)) && !Lexicon.NOT_A_UNIT.contains(after);
    return !countNoun || YEAR_LEAD_INS.contains(Lexicon.lower(before));
  }

  private static List<Span> joined(String text, List<Span> dates) {
    List<Span> out = new ArrayList<>();
    for (Span d : dates) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        String gap = text.substring(last.end(), d.start());
        if (JOINER.matcher(gap).matches() && !(gap.equals(", ") && onlyYear(text, last) && onlyYear(text, d))) {
          out.set(out.size() - 1, new Span(last.start(), d.end()));
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  private static boolean onlyYear(String text, Span s) {
    return s.end() - s.start() == 4
        && Character.isDigit(text.charAt(s.start()))
        && Character.isDigit(text.charAt(s.end() - 1));
  }

  static String wordBefore(String text, int index) {
    int end = index;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-')) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && isPunctuation(text.charAt(start))) {
      start++;
    }
    while (end > start && isPunctuation(text.charAt(end - 1)) && ".'\u2019".indexOf(text.charAt(end - 1)) < 0) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }

  static String wordAfter(String text, int index) {
    int start = index;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
      end++;
    }
    return text.substring(start, end);
  }
}
