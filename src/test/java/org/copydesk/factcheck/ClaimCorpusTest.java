package org.copydesk.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.copydesk.story.BodyPolicy;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor on the hand-annotated corpus (see {@code corpus/README.md}) and writes
 * {@code target/claim-extractor-report.md}. The floors sit a little under what the extractor
 * reaches on all eleven stories and are there to catch regressions; they are above the bar the
 * feature was specified with (recall of 0.9 for quotes and figures). The numbers that say how it
 * does on text it has not seen are the first blind run, kept in the corpus README.
 */
class ClaimCorpusTest {

  private static final double QUOTE_RECALL = 0.95;
  private static final double FIGURE_RECALL = 0.95;
  private static final double QUOTE_PRECISION = 0.95;
  private static final double FIGURE_PRECISION = 0.95;
  private static final double DATE_RECALL = 0.95;
  private static final double DATE_PRECISION = 0.95;
  private static final double ENTITY_RECALL = 0.9;
  private static final double ENTITY_PRECISION = 0.9;
  private static final double SPEAKER_ACCURACY = 0.95;
  private static final int TARGET_WORDS = 3000;

  private final ClaimExtractor extractor = new ClaimExtractor();

  @Test
  void meetsTheFloorsOnTheAnnotatedCorpusAndWritesTheReport() throws IOException {
    List<CorpusStory> stories = CorpusStory.all();
    Map<CorpusStory.Split, ClaimScore> bySplit = new EnumMap<>(CorpusStory.Split.class);
    ClaimScore all = new ClaimScore();
    for (CorpusStory story : stories) {
      List<Claim> claims = extractor.extract(story.html());
      bySplit.computeIfAbsent(story.split(), s -> new ClaimScore()).add(story, claims);
      all.add(story, claims);
    }
    Timing timing = time(stories);
    String report = report(stories, bySplit, all, timing);
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("claim-extractor-report.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(all.tally(ClaimType.QUOTE).recall()).as("quote recall").isGreaterThanOrEqualTo(QUOTE_RECALL);
    softly.assertThat(all.tally(ClaimType.FIGURE).recall()).as("figure recall").isGreaterThanOrEqualTo(FIGURE_RECALL);
    softly.assertThat(all.tally(ClaimType.QUOTE).precision()).as("quote precision").isGreaterThanOrEqualTo(QUOTE_PRECISION);
    softly.assertThat(all.tally(ClaimType.FIGURE).precision()).as("figure precision").isGreaterThanOrEqualTo(FIGURE_PRECISION);
    softly.assertThat(all.tally(ClaimType.DATE).recall()).as("date recall").isGreaterThanOrEqualTo(DATE_RECALL);
    softly.assertThat(all.tally(ClaimType.DATE).precision()).as("date precision").isGreaterThanOrEqualTo(DATE_PRECISION);
    softly.assertThat(all.tally(ClaimType.ENTITY).recall()).as("entity recall").isGreaterThanOrEqualTo(ENTITY_RECALL);
    softly.assertThat(all.tally(ClaimType.ENTITY).precision()).as("entity precision").isGreaterThanOrEqualTo(ENTITY_PRECISION);
    softly.assertThat(speakerAccuracy(all)).as("speaker accuracy on matched quotes").isGreaterThanOrEqualTo(SPEAKER_ACCURACY);
    softly.assertThat(timing.words()).as("words in the timed body").isGreaterThanOrEqualTo(TARGET_WORDS);
    // Speed is measured and reported above, never asserted: a loaded CI machine must not fail a correct extractor.
    softly.assertAll();
  }

  @Test
  void theCorpusIsBigEnoughAndItsGoldTextIsInItsParagraphs() {
    List<CorpusStory> stories = CorpusStory.all();
    assertThat(stories).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stories.stream().mapToInt(s -> s.gold().size()).sum()).isGreaterThanOrEqualTo(150);
    for (CorpusStory story : stories) {
      assertThat(BodyPolicy.wordCount(story.html())).as(story.name()).isBetween(300, 700);
      ClaimScore check = new ClaimScore();
      check.add(story, List.of()); // throws when a gold text is not in its paragraph
      assertThat(story.gold()).filteredOn(g -> g.type() == ClaimType.QUOTE).allSatisfy(g -> assertThat(g.speaker()).isNotBlank());
    }
  }

  record Timing(int words, double fastestMillis, double medianMillis, double worstMillis, double firstMillis) {}

  /** A body of at least 3,000 words made of corpus stories; 50 timed runs after 100 to warm the JIT up. */
  private Timing time(List<CorpusStory> stories) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; BodyPolicy.wordCount(body.toString()) < TARGET_WORDS; i++) {
      body.append(stories.get(i % stories.size()).html()).append('\n');
    }
    String html = body.toString();
    long first = System.nanoTime();
    extractor.extract(html);
    double firstMillis = (System.nanoTime() - first) / 1e6;
    for (int i = 0; i < 100; i++) {
      extractor.extract(html);
    }
    double[] runs = new double[50];
    for (int i = 0; i < runs.length; i++) {
      long start = System.nanoTime();
      extractor.extract(html);
      runs[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(runs);
    return new Timing(BodyPolicy.wordCount(html), runs[0], runs[runs.length / 2], runs[runs.length - 1], firstMillis);
  }

  private static double speakerAccuracy(ClaimScore score) {
    ClaimScore.Tally quotes = score.tally(ClaimType.QUOTE);
    return quotes.matched == 0 ? 1.0 : (double) quotes.speakerRight / quotes.matched;
  }

  private static String report(List<CorpusStory> stories, Map<CorpusStory.Split, ClaimScore> bySplit, ClaimScore all, Timing timing) {
    StringBuilder md = new StringBuilder();
    md.append("# Claim extractor report\n\n");
    int gold = stories.stream().mapToInt(s -> s.gold().size()).sum();
    md.append(String.format(Locale.ROOT, "%d stories, %d gold claims (corpus README: what counts as a claim).%n%n", stories.size(), gold));
    md.append("Matching: same type, same paragraph, overlapping span, one to one, largest overlap first. ");
    md.append("Speaker right: the gold speaker's last capitalised word (or its description) appears in the extracted speaker.\n\n");
    section(md, "All stories", stories, null, all);
    section(md, "Development stories (tuned on)", stories, CorpusStory.Split.DEVELOPMENT, bySplit.get(CorpusStory.Split.DEVELOPMENT));
    section(md, "Held-out stories (never run while tuning, but read while designing the rules)", stories,
        CorpusStory.Split.HELD_OUT, bySplit.get(CorpusStory.Split.HELD_OUT));
    section(md, "Blind-marked stories (another writer's, marked after the extractor was frozen)", stories, CorpusStory.Split.BLIND,
        bySplit.get(CorpusStory.Split.BLIND));
    md.append("These were blind for one run only; its numbers are in the corpus README. The extractor was then adjusted ")
        .append("with them in view, so the table above is not a blind result.\n\n");
    md.append("## Speed\n\n");
    md.append(String.format(Locale.ROOT, "A %d-word body, 50 runs after 100 warm-up runs: fastest %.2f ms, median %.2f ms, slowest %.2f ms. "
        + "The first (cold) run, with class loading, took %.1f ms. Other processes on the machine show in the median and the slowest run.%n%n",
        timing.words(), timing.fastestMillis(), timing.medianMillis(), timing.worstMillis(), timing.firstMillis()));
    list(md, "Missed gold claims (all stories)", all.misses);
    list(md, "False alarms (all stories)", all.falseAlarms);
    list(md, "Wrong speakers on matched quotes (all stories)", all.wrongSpeakers);
    return md.toString();
  }

  private static void section(StringBuilder md, String title, List<CorpusStory> stories, CorpusStory.Split split, ClaimScore score) {
    if (score == null) {
      return;
    }
    List<String> names = stories.stream().filter(s -> split == null || s.split() == split).map(CorpusStory::name).toList();
    md.append("## ").append(title).append("\n\nStories ").append(String.join(", ", names)).append(".\n\n");
    md.append("| type | gold | predicted | matched | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (ClaimType type : ClaimType.values()) {
      ClaimScore.Tally t = score.tally(type);
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f |%n",
          type, t.gold, t.predicted, t.matched, t.precision(), t.recall(), t.f1()));
    }
    ClaimScore.Tally q = score.tally(ClaimType.QUOTE);
    md.append(String.format(Locale.ROOT, "%nSpeaker right on %d of %d matched quotes (%.2f).%n%n", q.speakerRight, q.matched,
        speakerAccuracy(score)));
  }

  private static void list(StringBuilder md, String title, List<String> items) {
    md.append("## ").append(title).append(" (").append(items.size()).append(")\n\n");
    items.forEach(i -> md.append("- ").append(i).append('\n'));
    md.append('\n');
  }
}
