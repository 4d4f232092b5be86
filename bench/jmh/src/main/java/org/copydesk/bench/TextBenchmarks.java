package org.copydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.factcheck.Claim;
import org.copydesk.factcheck.ClaimExtractor;
import org.copydesk.story.BodyParagraphs;
import org.copydesk.story.BodyPolicy;
import org.copydesk.story.RevisionDiff;
import org.copydesk.story.RevisionDraft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What a save and a compare of a 3,000-word story spend outside the database. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TextBenchmarks {

  private String body;
  private String sanitised;
  private String editedSanitised;
  private String text;
  private String editedText;
  private final ClaimExtractor extractor = new ClaimExtractor();
  /** The body's paragraph texts, and the copy the one-paragraph benchmark edits. */
  private List<String> original;
  private List<String> paragraphs;
  private int edits;

  @Setup
  public void setUp() {
    body = Texts.body();
    sanitised = BodyPolicy.sanitize(body);
    editedSanitised = BodyPolicy.sanitize(Texts.edited());
    text = RevisionDiff.bodyText(sanitised);
    editedText = RevisionDiff.bodyText(editedSanitised);
    original = BodyParagraphs.split(sanitised).stream().map(ClaimExtractor::paragraphText).toList();
    paragraphs = new ArrayList<>(original);
  }

  /** The sanitiser on a 3,000-word body (every save runs it). */
  @Benchmark
  public String sanitise3000Words() {
    return BodyPolicy.sanitize(body);
  }

  /**
   * Everything BodyPolicy.clean does to a save's 3,000-word draft: the sanitiser, noting whether it
   * dropped anything (the editor shows the stored version when it did), the editor's lists made
   * plain, the split into blocks, and the plain-text fields.
   */
  @Benchmark
  public Object clean3000Words() {
    return BodyPolicy.clean(RevisionDraft.text("The shipyard's last winter", "A long feature.", body, null));
  }

  /**
   * Splitting a sanitised 3,000-word body into its blocks. A save did it three times (the
   * sanitiser's normalisation, the paragraph store, the claim book) until session 8, now once.
   */
  @Benchmark
  public List<String> splitBlocks3000Words() {
    return BodyParagraphs.split(sanitised);
  }

  /** The word diff of two 3,000-word revisions one paragraph apart (the compare view, W4). */
  @Benchmark
  public List<RevisionDiff.Chunk> diff3000Words() {
    return RevisionDiff.words(text, editedText);
  }

  /** Plain text of both bodies and their word diff, as a comparison of two revisions does it. */
  @Benchmark
  public List<RevisionDiff.Chunk> bodyTextAndDiff3000Words() {
    return RevisionDiff.words(RevisionDiff.bodyText(sanitised), RevisionDiff.bodyText(editedSanitised));
  }

  /**
   * The claim extractor on a 3,000-word body it has not seen (a new story, or the first save after
   * a restart): a new extractor each time, so nothing it keeps between bodies helps.
   */
  @Benchmark
  public List<Claim> extractClaims3000Words() {
    return new ClaimExtractor().extract(sanitised);
  }

  /**
   * The claim extractor as a save runs it: the same extractor, on the body the last call saw with
   * one paragraph changed (the next one each time, with a number no call used before), given as
   * the paragraphs' plain texts, as the claim book gives them.
   */
  @Benchmark
  public List<Claim> extractClaimsOneParagraphChanged3000Words() {
    int edit = edits++;
    int p = edit % paragraphs.size();
    paragraphs.set(p, original.get(p) + " Edit " + edit + ".");
    return extractor.extractFromTexts(paragraphs);
  }
}
