package org.copydesk.factcheck;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a quote is put down to from the words of its own sentence outside the quote marks:
 * {@code "...," Name said}, {@code "...," said Name, title}, {@code Name said: "..."}, {@code Name,
 * title, called it "..."}, {@code according to Name}. The subject may be a name, a pronoun, "his
 * office", or a description ("the city"); {@link ClaimExtractor} resolves the first three against
 * the people the story has named.
 */
final class Attribution {

  enum Kind {
    NAME,
    PRONOUN,
    POSSESSIVE,
    DESCRIPTION
  }

  /** The subject as written; for {@code POSSESSIVE} the thing owned ("office"). */
  record Speaker(Kind kind, String phrase) {}

  private static final Set<String> LINKING_WORDS =
      Set.of("also", "later", "then", "once", "again", "previously", "has", "had", "have", "was", "is",
          "would", "will", "recently", "earlier", "first", "separately", "herself", "himself");
  /** A pull quote signed with a dash: "..." — Dr. Caroline Achebe, head of the committee. */
  private static final Pattern PULL_QUOTE_DASH = Pattern.compile("\\s*[\u2014\u2013]\\s*(?=\\p{Lu})");
  private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to (.+)$");
  private static final Pattern POSSESSED = Pattern.compile("(?i)^(his|her|their|its) ([a-z]+)$");
  private static final int AFTER_WINDOW = 12;
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "the");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Attribution() {}

  /**
   * The speaker of the quote at {@code open..end} (marks included) within the sentence {@code
   * sentenceStart..sentenceEnd}, or null when the sentence does not say.
   */
  static Speaker find(
      String text, int sentenceStart, int sentenceEnd, int open, int end, List<QuoteMarks.Region> quotes) {
    int afterLimit = sentenceEnd;
    int beforeLimit = sentenceStart;
    for (QuoteMarks.Region q : quotes) {
      if (q.open() >= end && q.open() < afterLimit) {
        afterLimit = q.open();
      }
      int qEnd = q.endExclusive(text.length());
      if (qEnd <= open && qEnd > beforeLimit) {
        beforeLimit = qEnd;
      }
    }
    // Only a quote that closes a clause ("...," she said) can be followed by its attribution; after a
    // partial quote the sentence simply goes on ("called it "a fair deal" and said ...").
    int lastInside = end - 2;
    while (lastInside > open && (text.charAt(lastInside) == '\'' || text.charAt(lastInside) == '\u2019')) {
      lastInside--; // "... break your heart,'" Reyes said: a quote inside the quote ends first
    }
    boolean clauseEnds =
        ",?!\u2014".indexOf(text.charAt(Math.max(open, lastInside))) >= 0
        || text.startsWith(",", end)
        || end < afterLimit && PULL_QUOTE_DASH.matcher(text).region(end, afterLimit).lookingAt();
    Speaker after = clauseEnds && end < afterLimit ? fromAfter(text.substring(end, afterLimit)) : null;
    if (after != null) {
      return after;
    }
    return open > beforeLimit ? fromBefore(text.substring(beforeLimit, open)) : null;
  }

  private static Speaker fromAfter(String after) {
    Matcher dash = PULL_QUOTE_DASH.matcher(after);
    if (dash.lookingAt()) {
      return forward(after.substring(dash.end()));
    }
    List<Token> tokens = Token.tokenize(after);
    for (int i = 0; i < Math.min(tokens.size(), AFTER_WINDOW); i++) {
      Token t = tokens.get(i);
      if (Lexicon.SPEECH_VERBS.contains(t.text())) {
        // "...," said Name | "...," Name said | "...," but said (someone before the quote): null
        return i == 0 ? forward(after.substring(t.end())) : backward(after.substring(0, t.start()));
      }
    }
    Matcher according = ACCORDING_TO.matcher(after);
    return according.find() ? forward(according.group(1)) : null;
  }

  /** The attribution nearest the quote wins: the last speech verb or "according to" before it. */
  private static Speaker fromBefore(String before) {
    Matcher according = ACCORDING_TO.matcher(before);
    int accordingAt = according.find() ? according.start() : -1;
    List<Token> tokens = Token.tokenize(before);
    for (int i = tokens.size() - 1; i >= 0 && tokens.get(i).start() > accordingAt; i--) {
      Token t = tokens.get(i);
      if (Lexicon.SPEECH_VERBS.contains(t.text())) {
        Speaker subject = backward(before.substring(0, t.start()));
        return subject != null ? subject : forward(before.substring(t.end()));
      }
    }
    return accordingAt >= 0 ? forward(according.group(1)) : null;
  }

  /**
   * The subject that ends the given text. A trailing comma means the last chunk is an appositive,
   * so the subject may be the chunk before it: "Helen Marchetti, the port authority's director,"
   * gives the name, and so does "The board's chief executive, Michael Brandt,".
   */
  static Speaker backward(String text) {
    String s = stripLinkingWords(text.strip());
    boolean appositive = s.endsWith(",");
    String[] chunks = (appositive ? s.substring(0, s.length() - 1) : s).split(",");
    String last = cleanChunk(chunks[chunks.length - 1]);
    String[] lastWords = SPACES.split(last);
    if (CONJUNCTIONS.contains(lastWords[lastWords.length - 1].toLowerCase(Locale.ROOT))) {
      // "The minister would not comment but said ...": the speaker is whoever the clause began with
      return leadingSubject(cleanChunk(chunks[0]));
    }
    Speaker subject = subject(last);
    if (subject == null && appositive && chunks.length >= 2) {
      subject = subject(cleanChunk(chunks[chunks.length - 2]));
    }
    if (subject != null) {
      return subject;
    }
    boolean onlyFunctionWords = true;
    for (String w : lastWords) {
      onlyFunctionWords &= Lexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
    return last.isEmpty() || onlyFunctionWords ? null : new Speaker(Kind.DESCRIPTION, description(last));
  }

  private static Speaker leadingSubject(String chunk) {
    List<Token> tokens = Token.tokenize(chunk);
    int i = 0;
    while (i < tokens.size() && Lexicon.FUNCTION_WORDS.contains(tokens.get(i).lower())
        && !Lexicon.SUBJECT_PRONOUNS.contains(tokens.get(i).lower())) {
      i++;
    }
    return i < tokens.size() && tokens.get(i).start() < 40 ? forward(chunk.substring(tokens.get(i).start())) : null;
  }

  private static String cleanChunk(String chunk) {
    String c = chunk.strip();
    int i = 0;
    while (i < c.length() && QuoteMarks.isMark(c.charAt(i))) {
      i++;
    }
    return c.substring(i).strip();
  }

  private static Speaker subject(String chunk) {
    if (chunk.isEmpty()) {
      return null;
    }
    String lower = chunk.toLowerCase(Locale.ROOT);
    if (Lexicon.SUBJECT_PRONOUNS.contains(lower)) {
      return new Speaker(Kind.PRONOUN, lower);
    }
    Matcher possessed = POSSESSED.matcher(chunk);
    if (possessed.matches()) {
      return new Speaker(Kind.POSSESSIVE, possessed.group(2));
    }
    String name = trailingName(chunk);
    return name == null ? null : new Speaker(Kind.NAME, name);
  }

  /** The subject that starts the given text: "said Tom Arsenault, the association's president". */
  static Speaker forward(String text) {
    String s = text.strip();
    List<Token> tokens = Token.tokenize(s);
    if (tokens.isEmpty() || tokens.get(0).start() > 2) {
      return null;
    }
    Token first = tokens.get(0);
    if (Lexicon.SUBJECT_PRONOUNS.contains(first.lower())) {
      return new Speaker(Kind.PRONOUN, first.lower());
    }
    if (first.capitalised()) {
      int j = 0;
      while (j + 1 < tokens.size() && tokens.get(j + 1).start() == tokens.get(j).end() + 1
          && (tokens.get(j + 1).capitalised() || tokens.get(j + 1).text().equals("&"))) {
        j++;
      }
      return new Speaker(Kind.NAME, s.substring(first.start(), tokens.get(j).end()));
    }
    int stop = s.length();
    for (int i = 0; i < s.length(); i++) {
      if (",.;:".indexOf(s.charAt(i)) >= 0) {
        stop = i;
        break;
      }
    }
    String phrase = description(s.substring(0, stop));
    return phrase.isEmpty() ? null : new Speaker(Kind.DESCRIPTION, phrase);
  }

  /** The capitalised run at the very end of a chunk, leading function words dropped, or null. */
  private static String trailingName(String chunk) {
    List<Token> tokens = Token.tokenize(chunk);
    if (tokens.isEmpty()) {
      return null;
    }
    int last = tokens.size() - 1;
    if (!tokens.get(last).capitalised() || tokens.get(last).end() < chunk.length() - 1) {
      return null;
    }
    int first = last;
    while (first > 0 && tokens.get(first - 1).end() + 1 == tokens.get(first).start()) {
      Token prev = tokens.get(first - 1);
      boolean joins = prev.capitalised() || prev.text().equals("&") || NAME_JOINERS.contains(prev.text());
      if (!joins) {
        break;
      }
      first--;
    }
    while (first <= last
        && (!tokens.get(first).capitalised() || Lexicon.FUNCTION_WORDS.contains(tokens.get(first).lower()))) {
      first++;
    }
    return first > last ? null : chunk.substring(tokens.get(first).start(), tokens.get(last).end());
  }

  /** At most six words, from the last determiner on: "a spokeswoman for the premier", "officials". */
  private static String description(String chunk) {
    String[] words = SPACES.split(chunk.strip());
    int from = Math.max(0, words.length - 6);
    for (int i = from; i < words.length; i++) {
      if (ARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
        from = i;
        break;
      }
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  private static String stripLinkingWords(String s) {
    String out = s;
    while (true) {
      int space = out.lastIndexOf(' ');
      String last = out.substring(space + 1);
      if (space < 0 || !(LINKING_WORDS.contains(last) || (last.endsWith("ly") && last.length() > 4
          && Character.isLowerCase(last.charAt(0))))) {
        return out;
      }
      out = out.substring(0, space).strip();
    }
  }
}
