package org.copydesk.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a story's text as the desk's search index keeps them ({@code story_term}): each
 * run of letters and digits, in lower case, cut to {@link #MAX_LENGTH} characters. The index lets
 * a search start from the stories that have the words typed instead of reading every story's text
 * (bench/analysis.md, session 21: 325 ms per search at 100,000 stories, 35 times the time at 1,000).
 *
 * <p>Chinese, Japanese, Thai and the other scripts written without spaces between words make a
 * whole sentence one run, and a search for a word inside it would find nothing. Within a run, each
 * such letter therefore also begins a term of its own of two letters, and a stretch of other
 * letters after one (the "iPhone" of "新款iPhone") a term of that stretch; a search asks for the
 * text typed as pairs of those letters. Whatever text a search matches, every piece it asks the
 * index for begins some term of that story (SearchTermsTest checks it on random text).
 */
public final class SearchTerms {

  /** The column's width; longer words are kept by their first characters, which is what a prefix search needs. */
  public static final int MAX_LENGTH = 40;

  /** A search of more words than this narrows by the first ones; the text itself is still matched whole. */
  static final int MAX_QUERY_WORDS = 8;

  private SearchTerms() {}

  /** The terms of a text, in the order they first appear. */
  public static Set<String> of(String text) {
    Set<String> terms = new LinkedHashSet<>();
    forEachRun(text, (start, end) -> {
      terms.add(cut(lowerCase(text, start, end)));
      boolean afterUnspaced = false;
      for (int i = start; i < end; ) {
        int c = text.codePointAt(i);
        boolean unspaced = unspaced(c);
        if (i > start && unspaced) {
          terms.add(lowerCase(text, i, after(text, i, end, 2)));
        } else if (afterUnspaced) {
          terms.add(cut(lowerCase(text, i, spacedEnd(text, i, end))));
        }
        afterUnspaced = unspaced;
        i += Character.charCount(c);
      }
    });
    return terms;
  }

  /**
   * The terms of a stored body block (sanitised markup), its tags' names and attributes included:
   * the search matches the text against the stored markup, so every word it can match there must
   * be in the index (a link's address, for one).
   */
  public static Set<String> ofBlock(String html) {
    return of(html);
  }

  /**
   * What a search for {@code text} asks of the index: each piece must begin a term the story has.
   * A piece is a word typed (the last one may be half typed); where a word holds letters of a
   * script written without spaces, each two of those in turn (or one left over) and each stretch of
   * other letters between them. The first {@link #MAX_QUERY_WORDS} distinct pieces are asked for.
   * Empty when the text has no letters or digits, and the search then reads every story as before.
   */
  public static List<String> prefixes(String text) {
    Set<String> pieces = new LinkedHashSet<>();
    forEachRun(text, (start, end) -> {
      for (int i = start; i < end; ) {
        int next = unspaced(text.codePointAt(i)) ? unspacedPairEnd(text, i, end) : spacedEnd(text, i, end);
        String piece = lowerCase(text, i, foldedAlike(text, i, next));
        if (!piece.isEmpty()) {
          pieces.add(cut(piece));
        }
        i = next;
      }
    });
    List<String> words = new ArrayList<>(pieces);
    return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
  }

  /**
   * Where the letters from {@code i} stop being lower-cased alike one at a time (as the index is)
   * and in context (as the text match's {@code lower()} and {@code toLowerCase} do): a capital
   * sigma is "ς" at a word's end and "σ" inside it, "İ" becomes "i" and a combining dot, and "ı"
   * is what a server in a Turkish locale writes for "I". A piece asked for stops before them (after
   * the "i" of "İ"), so it still begins the stored word however it was lower-cased: a search for
   * "ΠΡΟΣ" narrows by "προ", and the text match decides.
   */
  private static int foldedAlike(String text, int i, int end) {
    for (int j = i; j < end; ) {
      int c = text.codePointAt(j);
      if (c == 0x03A3 || c == 0x03C2 || c == 0x0131) {
        return j;
      }
      if (c == 0x0130) {
        return j + 1; // its "i", which begins the stored word whichever way it was written
      }
      j += Character.charCount(c);
    }
    return end;
  }

  /**
   * Letters of scripts written without spaces between words, and the Japanese marks that behave as
   * their letters (the long vowel "ー", "〆"): each may begin a word anywhere in a run.
   */
  static boolean unspaced(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (UNSPACED.contains(script)) {
      return true;
    }
    return script == Character.UnicodeScript.COMMON
        && Character.isLetter(c)
        && ((c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF61 && c <= 0xFF9F));
  }

  private static final Set<Character.UnicodeScript> UNSPACED = java.util.EnumSet.of(
      Character.UnicodeScript.HAN,
      Character.UnicodeScript.HIRAGANA,
      Character.UnicodeScript.KATAKANA,
      Character.UnicodeScript.BOPOMOFO,
      Character.UnicodeScript.YI,
      Character.UnicodeScript.THAI,
      Character.UnicodeScript.LAO,
      Character.UnicodeScript.KHMER,
      Character.UnicodeScript.MYANMAR,
      Character.UnicodeScript.TIBETAN);

  /** True when the text holds a letter of a script written without spaces: only then has it terms inside its runs. */
  static boolean hasUnspaced(String text) {
    return text != null && text.codePoints().anyMatch(SearchTerms::unspaced);
  }

  private interface RunConsumer {
    void accept(int start, int end);
  }

  /** Each run of letters and digits of the text, by its start and end. */
  private static void forEachRun(String text, RunConsumer consumer) {
    if (text == null) {
      return;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      consumer.accept(start, i);
    }
  }

  /** Where {@code count} code points from {@code i} end, or the run's end before that. */
  private static int after(String text, int i, int end, int count) {
    int j = i;
    for (int k = 0; k < count && j < end; k++) {
      j += Character.charCount(text.codePointAt(j));
    }
    return j;
  }

  /** The end of the unspaced letter at {@code i} and of the next one, when it is one too. */
  private static int unspacedPairEnd(String text, int i, int end) {
    int j = after(text, i, end, 1);
    return j < end && unspaced(text.codePointAt(j)) ? after(text, j, end, 1) : j;
  }

  /** The end of the stretch of other letters and digits from {@code i}: the next unspaced letter, or the run's end. */
  private static int spacedEnd(String text, int i, int end) {
    int j = i;
    while (j < end && !unspaced(text.codePointAt(j))) {
      j += Character.charCount(text.codePointAt(j));
    }
    return j;
  }

  /**
   * The first string after every term that begins with {@code prefix} (a word of letters and
   * digits): the prefix with its last character's code point one higher, so that a term {@code t}
   * begins with it exactly when {@code prefix <= t < upperBound(prefix)}, in UTF-16 order (H2's) as
   * in code point order (PostgreSQL's for the column's "C" collation). A range rather than
   * {@code LIKE 'prefix%'}, which PostgreSQL answers from an index only for a literal pattern, not
   * for a bound parameter.
   */
  public static String upperBound(String prefix) {
    int last = prefix.codePointBefore(prefix.length());
    return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
  }

  /**
   * One code point at a time, as the databases' {@code lower()} does, rather than
   * {@link String#toLowerCase}, which writes "İ" as "i" and a combining dot: a search for
   * "istanbul" would then not begin the term of "İstanbul" that PostgreSQL's text match finds.
   */
  private static String lowerCase(String text, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; ) {
      int c = text.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(c));
      i += Character.charCount(c);
    }
    return out.toString();
  }

  private static String cut(String term) {
    if (term.length() <= MAX_LENGTH) {
      return term;
    }
    int end = MAX_LENGTH;
    if (Character.isHighSurrogate(term.charAt(end - 1))) {
      end--; // never half a character
    }
    return term.substring(0, end);
  }
}
