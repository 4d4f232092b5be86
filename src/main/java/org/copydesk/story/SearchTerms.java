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
    if (text == null) {
      return terms;
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
      terms.add(cut(lowerCase(text, start, i)));
    }
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
   * What a search for {@code text} asks of the index: each word typed must begin a term the story
   * has (the last one may be half typed). Empty when the text has no letters or digits, and the
   * search then reads every story as before.
   */
  public static List<String> prefixes(String text) {
    List<String> words = new ArrayList<>(of(text));
    return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
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
