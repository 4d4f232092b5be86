package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.copydesk.story.RevisionView;
import org.junit.jupiter.api.Test;

class StoryEditorWordCountTest {

  @Test
  void countsTheBodyAsItStandsEachTimeItChanges() {
    StoryEditorView view = new StoryEditorView();
    assertThat(view.getWordCount()).isZero();
    view.setBody("<p>Ferry fares rise</p>");
    assertThat(view.getWordCount()).isEqualTo(3);
    assertThat(view.getWordCount()).as("asked again, unchanged").isEqualTo(3);
    view.setBody("<p>Ferry fares rise</p><p>from Monday, the council said</p>");
    assertThat(view.getWordCount()).isEqualTo(8);
    // What the sanitiser removes is not counted, as before the count was kept.
    view.setBody("<p>Two words</p><script>alert('not these')</script>");
    assertThat(view.getWordCount()).isEqualTo(2);
    view.setBody(null);
    assertThat(view.getWordCount()).isZero();
  }

  @Test
  void opensWithTheCountStoredWithTheRevisionAndCountsTheBodyOnceItChanges() {
    StoryEditorView view = new StoryEditorView();
    view.show(revision("<p>Ferry fares rise</p>", 3));
    assertThat(view.getWordCount()).isEqualTo(3);
    // Taken from the revision, not counted again: one stored with another count shows that count.
    view.show(revision("<p>Ferry fares rise</p>", 42));
    assertThat(view.getWordCount()).isEqualTo(42);
    view.setBody("<p>Ferry fares rise on Monday</p>");
    assertThat(view.getWordCount()).isEqualTo(5);
  }

  private static RevisionView revision(String body, int words) {
    return new RevisionView(4, 3, "Ferry fares", null, body, "rita", OffsetDateTime.parse("2026-12-07T09:00:00Z"), null, words,
        List.of(), null, null, null, null, null);
  }
}
