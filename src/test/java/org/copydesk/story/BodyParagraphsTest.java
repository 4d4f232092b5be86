package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  /** The splitter as it was written first, with a regular expression: the indexOf version must agree. */
  private static List<String> splitByRegex(String html) {
    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>").matcher(html);
    List<String> blocks = new java.util.ArrayList<>();
    java.util.Set<String> names = java.util.Set.of("p", "h2", "h3", "blockquote", "ul", "ol");
    int depth = 0;
    int blockStart = -1;
    int looseStart = 0;
    while (tag.find()) {
      if (!names.contains(tag.group(2).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        if (depth++ == 0) {
          loose(blocks, html.substring(looseStart, tag.start()));
          blockStart = tag.start();
        }
      } else if (depth > 0 && --depth == 0) {
        block(blocks, html.substring(blockStart, tag.end()));
        looseStart = tag.end();
      }
    }
    if (depth > 0) {
      block(blocks, html.substring(blockStart));
    } else {
      loose(blocks, html.substring(looseStart));
    }
    return blocks;
  }

  private static void block(List<String> blocks, String block) {
    if (BodyPolicy.hasText(block)) {
      blocks.add(block.strip());
    }
  }

  private static void loose(List<String> blocks, String text) {
    String stripped = text.strip();
    while (stripped.startsWith("<br />") || stripped.startsWith("<br>")) {
      stripped = stripped.substring(stripped.indexOf('>') + 1).strip();
    }
    if (BodyPolicy.hasText(stripped)) {
      blocks.add("<p>" + stripped + "</p>");
    }
  }

  @Test
  void findsTheTagsTheRegularExpressionFound() {
    String[] pieces = {"<p>", "</p>", "<P class=\"x\">", "</P >", "<h2>", "</h2>", "<h3>", "</h3>", "<blockquote>", "</blockquote>",
        "<ul>", "</ul>", "<ol>", "</ol>", "<H2>", "</Ol>", "<li>", "</li>", "<p2>", "<h21>", "</ p>", "< p>", "<1p>", "</>", "<", ">", "</", "<br>",
        "<pre>", "<strong>", "words", " ", "\n", "&lt;p&gt;", "\u201cquoted\u201d", "<p\n>"};
    java.util.Random random = new java.util.Random(20261207L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(25); i > 0; i--) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      String html = body.toString();
      assertThat(BodyParagraphs.split(html)).as(html).isEqualTo(splitByRegex(html));
    }
  }
}
