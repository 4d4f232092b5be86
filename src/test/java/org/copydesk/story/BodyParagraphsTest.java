package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyParagraphsTest {

  @Test
  void splitsTopLevelBlocksKeepingNestedOnesTogether() {
    assertThat(BodyParagraphs.split("<p>One</p><h2>Two</h2><blockquote><p>Three</p><p>Four</p></blockquote><ul><li>a</li><li>b</li></ul>"))
        .containsExactly("<p>One</p>", "<h2>Two</h2>", "<blockquote><p>Three</p><p>Four</p></blockquote>", "<ul><li>a</li><li>b</li></ul>");
  }

  @Test
  void wrapsLooseTextAndDropsEmptyBlocks() {
    assertThat(BodyParagraphs.split("Lead <strong>text</strong><p> </p><p>Body</p>trailing<br />"))
        .containsExactly("<p>Lead <strong>text</strong></p>", "<p>Body</p>", "<p>trailing<br /></p>");
    assertThat(BodyParagraphs.split("")).isEmpty();
  }

  @Test
  void unbalancedInputKeepsItsTail() {
    assertThat(BodyParagraphs.split("<p>Open")).containsExactly("<p>Open");
  }
}
