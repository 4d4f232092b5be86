package org.copydesk.factcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.story.BodyParagraphs;

/**
 * Finds the checkable claims in a sanitised story body: direct quotes with their speaker, figures,
 * dates and named people or organisations, each anchored to a paragraph of {@link
 * BodyParagraphs#split} and to the sentence it sits in.
 *
 * <p>Claims may overlap on purpose. A figure or date inside a quote is reported as well as the
 * quote, and so is a name in a person's title: the checker verifies that the speaker said it and,
 * separately, that the number is right. Within one type, claims never overlap.
 *
 * <p>Rule-based and deterministic: the same body always gives the same claims in the same order
 * (paragraph, start offset, type), and nothing is looked up outside the body. Thread-safe.
 */
public final class ClaimExtractor {

  private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she", "i");

  /**
   * Paragraph scans kept by {@link #scans}: some twenty 3,000-word stories' worth. Full, they and
   * the entities kept beside them held 8.5 MB of heap (session 20, the demo feature's paragraphs:
   * a scan of a 60-word paragraph holds its words, sentences and their hashes, its everyday words
   * and the attributions of its quotes).
   */
  static final int SCANS_KEPT = 1_024;

  /**
   * What was found in recently seen paragraphs by their text alone (see {@link Scan}), the least
   * recently used dropped first. A save usually changes one paragraph of fifty and the claims are
   * extracted from the whole body each time, so without this the other forty-nine were tokenised,
   * split into sentences, searched for dates and hashed again on every save.
   */
  private final Map<String, Scan> scans = leastRecentlyUsed(SCANS_KEPT);

  /**
   * The people and organisations found in recently seen paragraphs, each with the questions about
   * the rest of the body its finding depended on ({@link EntityScanner.Found}): kept for the same
   * reason as the scans, and used only where the new body answers those questions alike. Finding
   * them again was the largest part of a save's extraction (bench W3, session 16).
   */
  private final Map<String, EntityScanner.Found> entities = leastRecentlyUsed(SCANS_KEPT);

  /** The plain texts of recently seen blocks, by their markup (see {@link #paragraphTexts}). */
  private final Map<String, String> texts = leastRecentlyUsed(SCANS_KEPT);

  private static <V> Map<String, V> leastRecentlyUsed(int kept) {
    return java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > kept;
      }
    });
  }

  public List<Claim> extract(String sanitisedBodyHtml) {
    return extractFromTexts(
        BodyParagraphs.split(sanitisedBodyHtml == null ? "" : sanitisedBodyHtml).stream().map(ParagraphText::of).toList());
  }

  /**
   * The claims of a body given as the {@link #paragraphText plain texts} of its blocks, for a caller
   * that has them already (the claim book needs them too when a revision is stored, and splitting
   * and decoding a 3,000-word body twice per save was wasted work).
   */
  public List<Claim> extractFromTexts(List<String> paragraphTexts) {
    Paragraph[] paragraphs = new Paragraph[paragraphTexts.size()];
    for (int p = 0; p < paragraphs.length; p++) {
      String text = paragraphTexts.get(p);
      paragraphs[p] = new Paragraph(p, text, scan(text));
    }
    EntityScanner entityScanner =
        new EntityScanner(Arrays.stream(paragraphs).map(p -> p.scan.vocabulary()).toList());
    People people = new People();
    for (Paragraph p : paragraphs) {
      p.entities = entities(entityScanner, p);
      p.entities.stream().filter(e -> e.kind() == EntityScanner.Kind.PERSON).forEach(e -> people.introduce(e.name()));
    }
    List<Claim> claims = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      recordMentions(p, people);
      List<Span> taken = new ArrayList<>(p.scan.dates());
      for (Span d : taken) {
        claims.add(p.claim(ClaimType.DATE, d.start(), d.end()));
      }
      for (EntityScanner.Entity e : p.entities) {
        claims.add(p.claim(ClaimType.ENTITY, e.start(), e.end()));
        if (e.kind() == EntityScanner.Kind.ORGANISATION) {
          taken.add(new Span(e.start(), e.end()));
        }
      }
      for (Span f : p.scan.figures(taken)) {
        claims.add(p.claim(ClaimType.FIGURE, f.start(), f.end()));
      }
    }
    claims.addAll(quotes(paragraphs, people));
    claims.sort(
        Comparator.comparingInt((Claim c) -> c.anchor().paragraph())
            .thenComparingInt(c -> c.anchor().start())
            .thenComparing(Claim::type)
            .thenComparingInt(c -> c.anchor().end()));
    return List.copyOf(claims);
  }

  /** A paragraph's entities in this body: kept from an earlier body where they still hold. */
  private List<EntityScanner.Entity> entities(EntityScanner body, Paragraph p) {
    EntityScanner.Found kept = entities.get(p.text);
    if (kept != null && kept.holdsIn(body)) {
      return kept.entities();
    }
    EntityScanner.Found fresh = body.findNoting(p.text, p.scan.tokens(), p.scan.sentences());
    entities.put(p.text, fresh);
    return fresh.entities();
  }

  /**
   * The {@link #paragraphText plain texts} of a body's blocks, kept from earlier bodies for the
   * blocks they shared: a save decoded every block of the body again for one that changed.
   */
  public List<String> paragraphTexts(List<String> blocks) {
    List<String> out = new ArrayList<>(blocks.size());
    for (String block : blocks) {
      String text = texts.get(block);
      if (text == null) {
        text = paragraphText(block);
        texts.put(block, text);
      }
      out.add(text);
    }
    return out;
  }

  /** How many paragraphs' entities are kept now (for tests). */
  int entitiesKept() {
    return entities.size();
  }

  /**
   * The plain text a claim's offsets refer to, for one block of {@code BodyParagraphs.split}: tags
   * dropped, character references decoded, white space collapsed and trimmed.
   */
  public static String paragraphText(String blockHtml) {
    return ParagraphText.of(blockHtml);
  }

  private static void recordMentions(Paragraph p, People people) {
    for (EntityScanner.Entity e : p.entities) {
      if (e.kind() == EntityScanner.Kind.PERSON) {
        people.mention(p.index, e.start(), e.name());
      }
    }
    for (Token t : p.scan.tokens()) {
      // Asked in this order because most words are not capitalised: looking every word up among
      // the paragraph's entities was a fifth of a save's extraction (bench W3, session 16).
      if (t.capitalised() && people.knowsSurname(t.bare()) && !withinAnEntity(p, t)) {
        people.mention(p.index, t.start(), people.resolve(t.bare()));
      }
    }
  }

  private static boolean withinAnEntity(Paragraph p, Token t) {
    for (EntityScanner.Entity e : p.entities) {
      if (e.start() <= t.start() && t.end() <= e.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Quote claims. A quote left open at the end of a paragraph and picked up by the next paragraph's
   * opening mark is one claim from its first word to its last. A stretch of one or two words in
   * quote marks counts only when its own sentence attributes it; otherwise it is a scare quote or a
   * term. A quote its sentence does not attribute is put down to the speaker of the quote before it
   * in the paragraph or, when it opens the paragraph, of the paragraph before.
   */
  private static List<Claim> quotes(Paragraph[] paragraphs, People people) {
    List<Claim> claims = new ArrayList<>();
    boolean[] continued = new boolean[paragraphs.length];
    String[] carried = new String[paragraphs.length];
    String[] lastSpeaker = new String[paragraphs.length];
    for (int p = 0; p < paragraphs.length; p++) {
      Paragraph para = paragraphs[p];
      String current = carried[p];
      for (int r = continued[p] ? 1 : 0; r < para.scan.quotes().size(); r++) {
        QuoteMarks.Region open = para.scan.quotes().get(r);
        int lastP = p;
        QuoteMarks.Region close = open;
        while (close.unclosed() && lastP + 1 < paragraphs.length && paragraphs[lastP + 1].opensWithQuote()) {
          lastP++;
          continued[lastP] = true;
          close = paragraphs[lastP].scan.quotes().get(0);
        }
        Paragraph last = paragraphs[lastP];
        int start = skipSpaces(para.text, open.open() + 1);
        int end = trimEnd(last.text, close.unclosed() ? last.text.length() : close.close(), lastP == p ? start : 1);
        int[] sentence = para.sentenceAt(open.open());
        Attribution.Speaker said = para.scan.attribution(sentence, open.open(), open.endExclusive(para.text.length()));
        if (said == null && lastP != p && !close.unclosed()) {
          said = last.scan.attribution(last.sentenceAt(close.close()), 0, close.close() + 1);
        }
        String speaker = said == null ? null : resolve(said, people, p, open.open());
        if (speaker == null) {
          speaker = current != null ? current : open.open() == 0 && p > 0 ? lastSpeaker[p - 1] : null;
        } else if (said.kind() == Attribution.Kind.NAME) {
          people.mention(p, open.open(), speaker);
        }
        if (speaker != null) {
          current = speaker;
        }
        for (int q = p + 1; q <= lastP; q++) {
          carried[q] = speaker;
        }
        if (lastP == p && end <= start) {
          continue;
        }
        String quoted = quotedText(paragraphs, p, start, lastP, end);
        if (quoted.isBlank() || said == null && quoted.strip().split(" ").length < 3) {
          continue;
        }
        // A quote within one paragraph sits in one of its sentences, whose hash the scan keeps.
        String[] sentenceAndHash;
        if (lastP == p) {
          sentenceAndHash = para.sentence(sentence);
        } else {
          String sentenceText = sentenceText(paragraphs, p, sentence, lastP, close);
          sentenceAndHash = new String[] {sentenceText, Claim.hashOf(sentenceText)};
        }
        claims.add(
            new Claim(ClaimType.QUOTE, quoted, speaker, new Claim.Anchor(p, start, lastP, end), sentenceAndHash[0],
                sentenceAndHash[1]));
      }
      lastSpeaker[p] = current;
    }
    return claims;
  }

  /**
   * A name with its titles taken off and its surname completed; a pronoun or "his office" put down
   * to the person named last.
   */
  private static String resolve(Attribution.Speaker said, People people, int paragraph, int offset) {
    return switch (said.kind()) {
      case NAME -> people.resolve(untitled(said.phrase()));
      case PRONOUN -> SPEAKING_PRONOUNS.contains(said.phrase()) ? people.latestBefore(paragraph, offset) : null;
      case POSSESSIVE -> {
        String owner = people.latestBefore(paragraph, offset);
        yield owner == null ? null : owner + "'s " + said.phrase();
      }
      case DESCRIPTION -> said.phrase();
    };
  }

  /** "Provincial Transportation Minister Colin Adebayo-Reid" to "Colin Adebayo-Reid". */
  private static String untitled(String name) {
    List<Token> tokens = Token.tokenize(name);
    int first = 0;
    for (int i = 0; i < tokens.size() - 1; i++) {
      if (Lexicon.TITLES.contains(tokens.get(i).lower())) {
        first = i + 1;
      }
    }
    while (first < tokens.size() - 1 && Lexicon.TITLE_MODIFIERS.contains(tokens.get(first).lower())) {
      first++;
    }
    Token last = tokens.get(tokens.size() - 1);
    return name.substring(tokens.get(first).start(), last.start()) + last.bare();
  }

  private static String quotedText(Paragraph[] paragraphs, int first, int start, int last, int end) {
    if (first == last) {
      return paragraphs[first].text.substring(start, end);
    }
    StringBuilder text = new StringBuilder(paragraphs[first].text.substring(start).strip());
    for (int p = first + 1; p < last; p++) {
      text.append('\n').append(paragraphs[p].text.substring(1).strip());
    }
    return text.append('\n').append(paragraphs[last].text, 1, end).toString();
  }

  private static String sentenceText(
      Paragraph[] paragraphs, int first, int[] sentence, int last, QuoteMarks.Region close) {
    Paragraph opening = paragraphs[first];
    if (first == last) {
      return opening.text.substring(sentence[0], sentence[1]);
    }
    StringBuilder text = new StringBuilder(opening.text.substring(sentence[0]));
    for (int p = first + 1; p < last; p++) {
      text.append('\n').append(paragraphs[p].text);
    }
    Paragraph closing = paragraphs[last];
    int end = close.unclosed() ? closing.text.length() : closing.sentenceAt(close.close())[1];
    return text.append('\n').append(closing.text, 0, end).toString();
  }

  private static int skipSpaces(String text, int i) {
    int j = i;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  /** Drops white space and the comma or colon that punctuates the sentence, not the quote. */
  private static int trimEnd(String text, int end, int floor) {
    int e = end;
    while (e > floor && (text.charAt(e - 1) == ' ' || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  /** The scan of a paragraph's text: kept from an earlier body when the text is the same. */
  Scan scan(String text) {
    Scan kept = scans.get(text);
    if (kept != null) {
      return kept;
    }
    // Scanned outside the lock; two threads meeting a new paragraph at once both scan it, and
    // either result serves, since a scan depends on the text alone.
    Scan fresh = Scan.of(text);
    scans.put(text, fresh);
    return fresh;
  }

  /** How many paragraph scans are kept now (for tests). */
  int scansKept() {
    return scans.size();
  }

  /**
   * What the scanners find in one paragraph's text without looking at the rest of the body:
   * quotation marks, sentences, words, dates, the words it uses in lower case and the speakers it
   * names alone ({@link EntityScanner.Vocabulary}), and each sentence's normalised text and hash.
   * Shared between threads and bodies, so nothing in it changes after {@link #of}, except the
   * sentence hashes, the figures and the quotes' attributions, which are added (to concurrent maps)
   * as claims ask for them. Entities and who a quote's speaker is depend on the other paragraphs (a
   * surname refers to a person introduced earlier) and are found per body.
   */
  record Scan(
      String text,
      List<QuoteMarks.Region> quotes,
      List<int[]> sentences,
      List<Token> tokens,
      EntityScanner.Vocabulary vocabulary,
      List<Span> dates,
      Map<Integer, String[]> sentenceHashes,
      Map<List<Span>, List<Span>> figureSets,
      Map<QuoteAt, java.util.Optional<Attribution.Speaker>> attributions) {

    /** A quote of a scan's text ({@code open..end}, marks included) in its sentence. */
    record QuoteAt(int sentenceStart, int sentenceEnd, int open, int end) {}

    /**
     * Figures are kept for the first this many sets of taken spans (a thread or two more when
     * threads meet a new set at once; a later set is found each time, never wrong). A paragraph's
     * taken spans are its dates and the organisations the body names in it, so an unchanged
     * paragraph nearly always brings the same set; the bound only keeps a paragraph shared by many
     * bodies from growing.
     */
    static final int FIGURE_SETS_KEPT = 4;

    static Scan of(String text) {
      List<QuoteMarks.Region> quotes = List.copyOf(QuoteMarks.find(text));
      List<Token> tokens = List.copyOf(Token.tokenize(text));
      return new Scan(
          text,
          quotes,
          List.copyOf(SentenceSplitter.split(text, quotes)),
          tokens,
          EntityScanner.Vocabulary.of(text, tokens),
          List.copyOf(DateScanner.find(text)),
          new java.util.concurrent.ConcurrentHashMap<>(),
          new java.util.concurrent.ConcurrentHashMap<>(),
          new java.util.concurrent.ConcurrentHashMap<>());
    }

    /**
     * Who the sentence says spoke the quote at {@code open..end}, or null: {@link Attribution#find}
     * reads only this text and its quotes, so the answer is kept with the scan. Finding it again for
     * every quote of the unchanged paragraphs was the largest part of the quotes' share of a save's
     * extraction (JFR profile of the benchmark's saves, session 20: 18% of the extraction).
     */
    Attribution.Speaker attribution(int[] sentence, int open, int end) {
      return attributions.computeIfAbsent(new QuoteAt(sentence[0], sentence[1], open, end),
          at -> java.util.Optional.ofNullable(Attribution.find(text, at.sentenceStart(), at.sentenceEnd(), open, end, quotes)))
          .orElse(null);
    }

    /**
     * The figures of this scan's text outside {@code taken}: found once per set of taken spans,
     * since the figure scanner was the costliest part of extracting the claims of a body one
     * paragraph of which had changed (a third of it, JFR profile of the benchmark's saves), all of
     * it spent on paragraphs it had scanned before.
     */
    List<Span> figures(List<Span> taken) {
      List<Span> key = List.copyOf(taken);
      List<Span> kept = figureSets.get(key);
      if (kept != null) {
        return kept;
      }
      List<Span> found = List.copyOf(FigureScanner.find(text, key));
      if (figureSets.size() < FIGURE_SETS_KEPT) {
        figureSets.putIfAbsent(key, found);
      }
      return found;
    }
  }

  /** One block's plain text and what the scanners found in it. */
  private static final class Paragraph {
    final int index;
    final String text;
    final Scan scan;
    List<EntityScanner.Entity> entities = List.of();

    Paragraph(int index, String text, Scan scan) {
      this.index = index;
      this.text = text;
      this.scan = scan;
    }

    boolean opensWithQuote() {
      return !scan.quotes().isEmpty() && scan.quotes().get(0).open() == 0;
    }

    int[] sentenceAt(int offset) {
      for (int[] s : scan.sentences()) {
        if (offset < s[1]) {
          return s;
        }
      }
      return scan.sentences().get(scan.sentences().size() - 1);
    }

    Claim claim(ClaimType type, int start, int end) {
      String[] sentence = sentence(sentenceAt(start));
      return new Claim(type, text.substring(start, end), null, Claim.Anchor.within(index, start, end), sentence[0], sentence[1]);
    }

    /**
     * The words of one of this paragraph's sentences and their hash. A sentence with a date, a name
     * and two figures is hashed once, not four times, and the hash stays with the paragraph's scan
     * for the saves that leave the paragraph unchanged.
     */
    String[] sentence(int[] span) {
      return scan.sentenceHashes().computeIfAbsent(span[0], k -> {
        String words = text.substring(span[0], span[1]);
        return new String[] {words, Claim.hashOf(words)};
      });
    }
  }
}
