package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

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
}
