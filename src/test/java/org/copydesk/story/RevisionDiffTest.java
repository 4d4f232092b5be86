package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.story.RevisionDiff.Chunk;
import org.copydesk.story.RevisionDiff.Op;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

  @Test
  void showsTheChangedWordsOnly() {
    List<Chunk> diff = RevisionDiff.words("The bridge closes on Monday for repairs", "The bridge closes on Tuesday for repairs");
    assertThat(diff).containsExactly(
        new Chunk(Op.EQUAL, "The bridge closes on "),
        new Chunk(Op.DELETE, "Monday "),
        new Chunk(Op.INSERT, "Tuesday "),
        new Chunk(Op.EQUAL, "for repairs"));
  }

  @Test
  void identicalTextsAreOneEqualRunAndEmptyOnesNothing() {
    assertThat(RevisionDiff.words("same words", "same words")).containsExactly(new Chunk(Op.EQUAL, "same words"));
    assertThat(RevisionDiff.words("", "")).isEmpty();
    assertThat(RevisionDiff.words(null, "new")).containsExactly(new Chunk(Op.INSERT, "new"));
  }

  @Test
  void bodiesAreComparedAsReadableTextWithParagraphBreaks() {
    String before = RevisionDiff.bodyText("<p>Rates <strong>rise</strong> &amp; fall.</p><p>Second.</p>");
    assertThat(before).isEqualTo("Rates rise & fall.\nSecond.");
    String after = RevisionDiff.bodyText("<p>Rates rise &amp; fall.</p><p>Second paragraph.</p>");
    assertThat(RevisionDiff.words(before, after))
        .extracting(Chunk::op)
        .containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT);
  }
}
