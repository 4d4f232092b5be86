package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named people and organisations in a paragraph, and roles tied to a named body ("ambassador
 * to France"). Works from runs of capitalised words and decides by their shape and their
 * surroundings: a head word makes an organisation ("... Port Authority", "St. Brendan's Hospital",
 * "Department of Transport"); a title ("Mayor", "Secretary General"), a job word before the name
 * ("union president Carla Mendes") or an appositive after it ("Helen Marchetti, the port
 * authority's director") makes a person. A capitalised pair with no such sign (a place, a product)
 * is left alone: a checker loses less from a missed name than from a page of noise.
 */
final class EntityScanner {

  enum Kind {
    PERSON,
    ORGANISATION,
    ROLE
  }

  /** {@code name} is a person's name without title, or the organisation's or role's text. */
  record Entity(int start, int end, Kind kind, String name) {}

  private static final Set<String> CONNECTORS = Set.of("of", "for");
  private static final Set<String> PARTICLES =
      Set.of("de", "du", "la", "le", "van", "von", "der", "den", "da", "di", "del", "bin", "al");
  private static final Set<String> ACRONYM_STOP =
      Set.of("I", "A", "OK", "TV", "CEO", "CFO", "COO", "GDP", "AM", "PM", "ID", "DNA", "US", "USA", "UK", "PHD",
          "AI", "II", "III", "IV");
  private static final Set<String> ROLE_ADJECTIVES =
      Set.of("retired", "former", "acting", "interim", "deputy", "assistant", "senior", "chief", "executive",
          "vice", "longtime", "then", "associate", "managing", "general", "city", "health", "finance", "union",
          "port", "authority", "transit", "fire", "police", "school", "board", "council");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DESCRIBED_AFTER =
      Pattern.compile(", (?:a|an|the)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?([a-z][a-z-]+)\\b(?=[ ,.;:]|$)");
  private static final Pattern DESCRIBED_BEFORE =
      Pattern.compile("(?:^|[,;:.(] )(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,4}?([a-z][a-z-]+)$");
  private static final Pattern WHO = Pattern.compile("^, (?:who|whose)\\b");
  private static final Pattern AGE = Pattern.compile("^, \\d{1,3}(?:,|\\.|$)");
  private static final Pattern APPOSITIVE =
      Pattern.compile("^, ((?:the|a|an|his|her|its|their|\\p{Lu}[\\p{L}.]*['\u2019]s)\\s[^,.;:()]{1,90}?"
          + "|(?!who\\b|whose\\b|which\\b|where\\b|when\\b)[a-z][\\p{L}-]*(?:\\s[^,.;:()]{0,70}?)?)(?=[,.;:()]|$| who\\b| which\\b| whose\\b)");
  private static final Pattern APPOSITIVE_CUT = Pattern.compile(" (?:of|at|for|with|from|in) (?:the )?\\p{Lu}| who\\b| which\\b");
  private static final Pattern OF_ORGANISATION = Pattern.compile("^ (?:of|at|from|with) (?:the )?((?:[\\p{Lu}&][\\p{L}'\u2019.]*\\s?)+)");
  private static final Pattern SPEECH_AFTER = Pattern.compile("^,? (?:[a-z]+ly )?([a-z]+)\\b");
  private static final Pattern LOCAL = Pattern.compile("^, Local \\d+");
  private static final List<String> ROLE_WORDS =
      List.of("ambassador", "envoy", "consul", "commissioner", "representative", "minister", "secretary", "delegate");
  private static final Pattern ROLE =
      Pattern.compile("(?:\\b(?:former|then)\\s+)?\\b(?i:ambassador|envoy|consul(?:-general)?|high\\s+commissioner"
          + "|permanent\\s+representative|trade\\s+representative|minister|secretary|delegate|representative)"
          + "\\s+(?:to|of|for|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+(?:of\\s+|and\\s+)?\\p{Lu}[\\p{L}]+)*");

  private final Set<String> lowercaseWords;
  private final Set<String> speakerSurnames;

  /**
   * What {@link #find} found in one paragraph, with each question it asked about the rest of the
   * body (is this word used in lower case anywhere, is this surname a speaker's) and the answer it
   * got. Everything else it reads is the paragraph's own text, so the same text has the same
   * entities in every body that answers those questions the same way: a save that changes one
   * paragraph of fifty usually leaves the other forty-nine's answers as they were.
   */
  record Found(List<Entity> entities, Map<String, Boolean> everydayWords, Map<String, Boolean> speakers) {

    /** Whether this body answers every question the way the body these entities were found in did. */
    boolean holdsIn(EntityScanner body) {
      for (Map.Entry<String, Boolean> asked : everydayWords.entrySet()) {
        if (body.lowercaseWords.contains(asked.getKey()) != asked.getValue()) {
          return false;
        }
      }
      for (Map.Entry<String, Boolean> asked : speakers.entrySet()) {
        if (body.speakerSurnames.contains(asked.getKey()) != asked.getValue()) {
          return false;
        }
      }
      return true;
    }
  }

  /** The questions the running {@link #findNoting} call asked, or null outside one. */
  private Map<String, Boolean> askedEveryday;
  private Map<String, Boolean> askedSpeakers;

  /**
   * What one paragraph tells the scanner about the rest of the body: the words it uses in lower
   * case and the surnames it gives speech to on their own ("Marchetti said"). Read from the
   * paragraph alone, so it is kept with the paragraph's scan; the body's are the union of its
   * paragraphs'. Learning them from every token of the body on every save was a fifth of a save's
   * extraction (JFR profile of the benchmark's saves, session 20).
   */
  record Vocabulary(Set<String> everydayWords, Set<String> speakers) {

    static Vocabulary of(String text, List<Token> tokens) {
      Set<String> everyday = new HashSet<>();
      Set<String> speakers = new HashSet<>();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isNumber() && Character.isLowerCase(t.text().charAt(0))) {
          everyday.add(t.lower());
        }
        if (t.capitalised() && i + 1 < tokens.size() && Lexicon.PERSON_SPEECH_VERBS.contains(tokens.get(i + 1).text())
            && (i == 0 || !tokens.get(i - 1).capitalised()) && adjacent(text, t, tokens.get(i + 1))) {
          speakers.add(t.bare());
        }
      }
      return new Vocabulary(Set.copyOf(everyday), Set.copyOf(speakers));
    }
  }

  /** Learns the document's everyday words and its stand-alone speakers from its paragraphs'. */
  EntityScanner(List<Vocabulary> paragraphs) {
    int words = 0;
    for (Vocabulary v : paragraphs) {
      words += v.everydayWords().size();
    }
    lowercaseWords = HashSet.newHashSet(words);
    speakerSurnames = new HashSet<>();
    for (Vocabulary v : paragraphs) {
      lowercaseWords.addAll(v.everydayWords());
      speakerSurnames.addAll(v.speakers());
    }
  }

  /** {@link #find}, noting the questions it asks about the rest of the body (see {@link Found}). */
  Found findNoting(String text, List<Token> tokens, List<int[]> sentences) {
    askedEveryday = new HashMap<>();
    askedSpeakers = new HashMap<>();
    try {
      List<Entity> entities = List.copyOf(find(text, tokens, sentences));
      return new Found(entities, Map.copyOf(askedEveryday), Map.copyOf(askedSpeakers));
    } finally {
      askedEveryday = null;
      askedSpeakers = null;
    }
  }

  List<Entity> find(String text, List<Token> tokens, List<int[]> sentences) {
    Set<Integer> sentenceStarts = new HashSet<>();
    for (int[] s : sentences) {
      int i = s[0];
      while (i < s[1] && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      sentenceStarts.add(i);
    }
    List<Entity> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!tokens.get(i).capitalised()) {
        i++;
        continue;
      }
      int end = runEnd(text, tokens, i);
      int start = i;
      while (start <= end && droppable(tokens.get(start), sentenceStarts.contains(tokens.get(start).start()))) {
        start++;
      }
      if (start <= end) {
        Entity e = classify(text, tokens, start, end);
        if (e != null) {
          found.add(e);
        }
      }
      i = end + 1;
    }
    Matcher role = ROLE.matcher(text);
    boolean roles = mentionsARole(text);
    while (roles && role.find()) {
      int s = role.start();
      int e = role.end();
      if (found.stream().noneMatch(x -> x.start() < e && s < x.end())) {
        found.add(new Entity(s, e, Kind.ROLE, role.group()));
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return disjoint(text, found);
  }

  /** A job description reaching back into the body named before it gives up that part. */
  private static List<Entity> disjoint(String text, List<Entity> sorted) {
    List<Entity> kept = new ArrayList<>();
    for (Entity e : sorted) {
      Entity previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (previous == null || e.start() >= previous.end()) {
        kept.add(e);
        continue;
      }
      int start = previous.end();
      while (start < e.end() && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      if (start < e.end()) {
        kept.add(new Entity(start, e.end(), e.kind(), e.name()));
      }
    }
    return kept;
  }

  private static boolean mentionsARole(String text) {
    String lower = Lexicon.lower(text);
    for (String word : ROLE_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean adjacent(String text, Token a, Token b) {
    return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
  }

  /** Last token of the capitalised run from {@code i}, across "of"/"for" after a head, "&" and particles. */
  private static int runEnd(String text, List<Token> tokens, int i) {
    int j = i;
    while (j + 1 < tokens.size() && adjacent(text, tokens.get(j), tokens.get(j + 1))) {
      Token next = tokens.get(j + 1);
      if (next.capitalised()) {
        j++;
        continue;
      }
      int k = j + 1;
      boolean joins =
          next.text().equals("&")
              || PARTICLES.contains(next.text())
              || (CONNECTORS.contains(next.text()) && Lexicon.OF_HEADS.contains(tokens.get(j).bare().toLowerCase()));
      if (!joins) {
        break;
      }
      if (CONNECTORS.contains(next.text()) && k + 1 < tokens.size() && tokens.get(k + 1).text().equals("the")
          && adjacent(text, next, tokens.get(k + 1))) {
        k++;
      }
      if (k + 1 < tokens.size()
          && tokens.get(k + 1).capitalised()
          && adjacent(text, tokens.get(k), tokens.get(k + 1))) {
        j = k + 1;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean droppable(Token t, boolean sentenceStart) {
    String lower = t.lower();
    if (Lexicon.FUNCTION_WORDS.contains(lower) || t.isNumber()) {
      return true;
    }
    boolean meaningful =
        Lexicon.TITLES.contains(lower) || Lexicon.TITLE_MODIFIERS.contains(lower) || Lexicon.ORG_HEADS.contains(lower);
    return sentenceStart && !meaningful && everyday(lower);
  }

  private Entity classify(String text, List<Token> tokens, int a, int b) {
    Token first = tokens.get(a);
    Token last = tokens.get(b);
    if (a == b) {
      boolean named = acronym(first) || !first.possessive() && describedAsABody(text, tokens, a, b);
      return named ? new Entity(first.start(), first.end(), Kind.ORGANISATION, first.text()) : null;
    }
    if (first.text().equals("St.") && b == a + 1 && last.possessive()) {
      return new Entity(first.start(), last.end(), Kind.ORGANISATION, text.substring(first.start(), last.end()));
    }
    int names = 0;
    while (names < b - a + 1 && nameLike(tokens.get(b - names))) {
      names++;
    }
    boolean titled = false;
    for (int k = a; k <= b - names; k++) {
      titled |= Lexicon.TITLES.contains(tokens.get(k).lower());
    }
    if (names > 0 && names <= 4 && titled) {
      return person(text, tokens, a, b, b - names + 1);
    }
    if (organisation(tokens, a, b) || names == b - a + 1 && describedAsABody(text, tokens, a, b)) {
      int end = last.possessive() && !first.text().equals("St.") ? last.start() + last.bare().length() : last.end();
      Matcher local = LOCAL.matcher(text.substring(end));
      if (local.find()) {
        end += local.end();
      }
      return new Entity(first.start(), end, Kind.ORGANISATION, text.substring(first.start(), end));
    }
    if (names != b - a + 1 || names > 4 || first.possessive() || Lexicon.PLACE_HEADS.contains(last.lower())) {
      return null;
    }
    return personSigns(text, tokens, a, b) ? person(text, tokens, a, b, a) : null;
  }

  /**
   * A name the text itself calls a body: "the advocacy group BlueLedger", "Castlegate Civil, a
   * Harbourton firm", "A local engineering firm, Tidewater Systems,".
   */
  private static boolean describedAsABody(String text, List<Token> tokens, int a, int b) {
    if (a > 0 && adjacent(text, tokens.get(a - 1), tokens.get(a)) && !tokens.get(a - 1).capitalised()
        && Lexicon.ORG_DESCRIPTORS.contains(tokens.get(a - 1).lower())) {
      return true;
    }
    int end = tokens.get(b).end();
    Matcher described = DESCRIBED_AFTER.matcher(text).region(end, text.length());
    if (described.lookingAt() && Lexicon.ORG_DESCRIPTORS.contains(Lexicon.lower(described.group(1)))
        && !namesARole(text.substring(end, clauseEnd(text, end + 2)))) {
      return true;
    }
    int nameStart = tokens.get(a).start();
    if (nameStart < 2 || !text.startsWith(", ", nameStart - 2)) {
      return false;
    }
    Matcher before = DESCRIBED_BEFORE.matcher(text).region(0, nameStart - 2);
    // "A spokeswoman for the firm, Jane Doe," describes a person who works for a body
    return before.find() && Lexicon.ORG_DESCRIPTORS.contains(Lexicon.lower(before.group(1)))
        && !namesARole(text.substring(before.start(), nameStart - 2));
  }

  private static int clauseEnd(String text, int from) {
    int i = from;
    while (i < text.length() && ",.;:()".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static boolean namesARole(String phrase) {
    for (String w : SPACES.split(phrase.strip())) {
      String word = Lexicon.withoutPossessive(w.replace(",", ""));
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && Lexicon.isRole(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean acronym(Token t) {
    String s = t.text();
    return s.length() >= 2
        && s.length() <= 6
        && s.chars().allMatch(Character::isUpperCase)
        && !ACRONYM_STOP.contains(s);
  }

  private static boolean nameLike(Token t) {
    String lower = t.bare().toLowerCase();
    return t.capitalised()
        && !Lexicon.TITLES.contains(t.lower())
        && !Lexicon.TITLE_MODIFIERS.contains(lower)
        && !Lexicon.ORG_HEADS.contains(lower)
        && !Lexicon.FUNCTION_WORDS.contains(lower)
        && !Lexicon.isMonthOrDay(t.text())
        && !t.text().equals("&");
  }

  private static boolean organisation(List<Token> tokens, int a, int b) {
    if (Lexicon.ORG_HEADS.contains(tokens.get(b).bare().toLowerCase())) {
      return true;
    }
    for (int k = a; k < b; k++) {
      Token t = tokens.get(k);
      if (t.text().equals("&")) {
        return true;
      }
      if (Lexicon.ORG_HEADS.contains(t.bare().toLowerCase()) && CONNECTORS.contains(tokens.get(k + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** Signs around an untitled capitalised pair or triple that it names a person. */
  private boolean personSigns(String text, List<Token> tokens, int a, int b) {
    Token first = tokens.get(a);
    Token last = tokens.get(b);
    String after = text.substring(last.end());
    String before = text.substring(0, first.start());
    if (WHO.matcher(after).find() || AGE.matcher(after).find() || appositive(after) != null) {
      return true;
    }
    Matcher verb = SPEECH_AFTER.matcher(after);
    if (verb.find() && Lexicon.PERSON_SPEECH_VERBS.contains(verb.group(1))) {
      return true;
    }
    if (before.endsWith("said ") || before.endsWith("according to ") || roleBefore(text, tokens, a) < first.start()) {
      return true;
    }
    Matcher of = OF_ORGANISATION.matcher(after);
    if (of.find()) {
      String[] words = SPACES.split(of.group(1).strip());
      if (Lexicon.ORG_HEADS.contains(Lexicon.lower(words[words.length - 1]))) {
        return true;
      }
    }
    return reverseAppositive(text, first.start()) < first.start() || speaker(last.bare());
  }

  /** Whether the body uses this word in lower case somewhere: an everyday word, not a name. */
  private boolean everyday(String lower) {
    boolean answer = lowercaseWords.contains(lower);
    if (askedEveryday != null) {
      askedEveryday.put(lower, answer);
    }
    return answer;
  }

  /** Whether the body has someone speak by this surname alone ("Marchetti said"). */
  private boolean speaker(String surname) {
    boolean answer = speakerSurnames.contains(surname);
    if (askedSpeakers != null) {
      askedSpeakers.put(surname, answer);
    }
    return answer;
  }

  /** A person from tokens a..b whose name proper starts at token {@code firstName}, titles before it. */
  private Entity person(String text, List<Token> tokens, int a, int b, int firstName) {
    int runStart = tokens.get(a).start();
    int start = Math.min(runStart, Math.min(roleBefore(text, tokens, a), reverseAppositive(text, runStart)));
    int end = tokens.get(b).end();
    String appositive = appositive(text.substring(end));
    if (appositive != null) {
      end += 2 + appositive.length();
    }
    StringBuilder name = new StringBuilder();
    for (int k = firstName; k <= b; k++) {
      name.append(k > firstName ? " " : "").append(k == b ? tokens.get(k).bare() : tokens.get(k).text());
    }
    return new Entity(start, end, Kind.PERSON, name.toString());
  }

  /** Start of a job description right before the name ("union president", "retired judge"), or the name's start. */
  private static int roleBefore(String text, List<Token> tokens, int a) {
    int k = a - 1;
    int start = tokens.get(a).start();
    boolean role = false;
    while (k >= 0 && adjacent(text, tokens.get(k), tokens.get(k + 1))) {
      Token t = tokens.get(k);
      String lower = t.lower();
      if (!t.capitalised() && (Lexicon.isRole(lower) || ROLE_ADJECTIVES.contains(lower))) {
        role |= Lexicon.isRole(lower);
        start = t.start();
        k--;
      } else if (role && t.capitalised() && !Lexicon.FUNCTION_WORDS.contains(lower)
          && (k == 0 || !tokens.get(k - 1).capitalised() || !adjacent(text, tokens.get(k - 1), t))) {
        start = t.start(); // "Union president": one capitalised word qualifying the job, not a whole name before it
        break;
      } else {
        break;
      }
    }
    return role ? start : tokens.get(a).start();
  }

  /** "A spokeswoman for the premier, Grace Liu": where the role before the comma starts, or {@code nameStart}. */
  private static int reverseAppositive(String text, int nameStart) {
    if (nameStart < 2 || !text.startsWith(", ", nameStart - 2)) {
      return nameStart;
    }
    int chunkStart = nameStart - 2;
    while (chunkStart > 0 && ",;:.\"\u201c\u201d(".indexOf(text.charAt(chunkStart - 1)) < 0) {
      chunkStart--;
    }
    String chunk = text.substring(chunkStart, nameStart - 2).strip();
    String[] words = SPACES.split(chunk);
    if (words.length > 8 || chunk.isEmpty()) {
      return nameStart;
    }
    for (String w : words) {
      String bare = Lexicon.withoutPossessive(w);
      if (Character.isLowerCase(bare.charAt(0)) && Lexicon.isRole(bare)) {
        return text.indexOf(chunk, chunkStart);
      }
    }
    return nameStart;
  }

  /** The appositive after a name when it gives a job ("the port authority's director"), cut before a named body. */
  private static String appositive(String after) {
    Matcher m = APPOSITIVE.matcher(after);
    if (!m.find()) {
      return null;
    }
    String phrase = m.group(1);
    Matcher cut = APPOSITIVE_CUT.matcher(phrase);
    if (cut.find()) {
      phrase = phrase.substring(0, cut.start());
    }
    String[] words = SPACES.split(phrase);
    if (Character.isLowerCase(phrase.charAt(0)) && !DETERMINERS.contains(words[0])
        && !Lexicon.isRole(words[0]) && !ROLE_ADJECTIVES.contains(words[0])) {
      return null; // "Strand, speaking after the vote," describes what she did, not who she is
    }
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Lexicon.isRole(Lexicon.withoutPossessive(w))) {
        return phrase;
      }
    }
    return null;
  }
}
