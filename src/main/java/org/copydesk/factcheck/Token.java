package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or number of a paragraph's plain text, with its offsets. A trailing full stop belongs to
 * the word only for abbreviations and initials ("Dr.", "St.", "J.R.", "U.S."), so that "year." at
 * the end of a sentence is the word "year".
 */
record Token(int start, int end, String text) {

  private static final Pattern WORD =
      Pattern.compile(
          "\\p{Nd}+(?:[,.:]\\p{Nd}+)*(?:-[\\p{L}\\p{Nd}]+)*"
              + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}]*(?:[.'\u2019\\-][\\p{L}\\p{M}\\p{Nd}]+)*[.'\u2019]?"
              + "|&");

  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");

  /** Words written with a full stop that does not end the sentence by itself. */
  static final Set<String> DOTTED =
      Set.of(
          "mr.", "mrs.", "ms.", "mx.", "dr.", "prof.", "st.", "mt.", "ft.", "lt.", "sgt.", "capt.",
          "gen.", "col.", "cmdr.", "adm.", "sen.", "rep.", "gov.", "rev.", "hon.", "insp.", "det.",
          "supt.", "cpl.", "const.", "jr.", "sr.", "no.", "nos.", "inc.", "corp.", "ltd.", "co.",
          "vs.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec.");

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String word = m.group();
      char last = word.charAt(word.length() - 1);
      if (last == '.' && !DOTTED.contains(Lexicon.lower(word)) && !INITIALS.matcher(word).matches()) {
        end--;
      } else if ((last == '\'' || last == '\u2019') && (word.length() < 2 || word.charAt(word.length() - 2) != 's')) {
        end--;
      }
      if (end > start) {
        tokens.add(new Token(start, end, text.substring(start, end)));
      }
    }
    return tokens;
  }

  boolean capitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  boolean isNumber() {
    return Character.isDigit(text.charAt(0));
  }

  String lower() {
    return Lexicon.lower(text);
  }

  /** The word without a possessive ending: "Brendan's" to "Brendan", "Residents'" to "Residents". */
  String bare() {
    if (text.endsWith("'s") || text.endsWith("\u2019s")) {
      return text.substring(0, text.length() - 2);
    }
    if (text.endsWith("'") || text.endsWith("\u2019")) {
      return text.substring(0, text.length() - 1);
    }
    return text;
  }

  boolean possessive() {
    return !bare().equals(text);
  }
}
