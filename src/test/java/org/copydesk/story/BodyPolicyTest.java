package org.copydesk.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class BodyPolicyTest {

  /** The three regular expressions plain text used to be made with: the one-pass version must agree. */
  private static String plainByRegex(String text) {
    String noTags = text.replaceAll("<[^>]*>", " ");
    return noTags.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  private static int wordCountByRegex(String html) {
    String text = plainByRegex(html.replace("&nbsp;", " ").replace("&#160;", " "));
    return text.isEmpty() ? 0 : text.split("[\\s\\u00a0]+").length;
  }

  @Test
  void whatTheEditorWritesIsKeptAsSentAndWhatThePolicyDropsIsNot() {
    // As Quill 2 writes it: entities, a link with the target and rel it adds, lists (one <ol>, each
    // item saying its kind and starting with an empty marker), headings, an empty line.
    String quill = "<h2>Budget &amp; tax</h2><p>It's <strong>final</strong>, <em>she</em> said.<br></p><p><br></p>"
        + "<p>See <a href=\"https://example.org/budget\" rel=\"noopener noreferrer\" target=\"_blank\">the budget</a>.</p>"
        + "<ol><li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>One</li>"
        + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Dot</li>"
        + "<li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Indented</li></ol>"
        + "<blockquote>Quoted</blockquote>";
    assertThat(BodyPolicy.clean(RevisionDraft.text("Council passes budget", "After a long night.", quill, null)).keptAsSent()).isTrue();
    assertThat(BodyPolicy.clean(RevisionDraft.text("Council passes budget", null, quill, null)).keptAsSent()).as("no standfirst").isTrue();
    for (String dropped : List.of("<p><u>Underlined</u></p>", "<p class=\"ql-align-center\">Centred</p>", "<p style=\"color:red\">Red</p>",
        "<p><img src=\"data:image/png;base64,AAAA\"></p>", "<p><a href=\"javascript:alert(1)\">x</a></p>", "<p>a<script>alert(1)</script></p>",
        "<h1>Big</h1>", "<p><span class=\"ql-size-huge\">Huge</span></p>",
        "<ol><li data-list=\"unchecked\"><span class=\"ql-ui\" contenteditable=\"false\"></span>To do</li></ol>",
        "<ul><li class=\"ql-indent-1\">Indented outside the editor's list</li></ul>",
        "<ol><li data-list=\"bullet\" class=\"ql-indent-9\"><span class=\"ql-ui\" contenteditable=\"false\"></span>Too deep</li></ol>",
        "<ol><li data-list=\"star\">Star</li></ol>", "<p data-list=\"bullet\">Not an item</p>")) {
      assertThat(BodyPolicy.clean(RevisionDraft.text("Council passes budget", null, dropped, null)).keptAsSent()).as(dropped).isFalse();
    }
    assertThat(BodyPolicy.clean(RevisionDraft.text("Council <b>passes</b> budget", null, quill, null)).keptAsSent()).as("a tag in the headline").isFalse();
    assertThat(BodyPolicy.clean(RevisionDraft.text("Council passes budget ", null, quill, null)).keptAsSent()).as("a space stripped").isFalse();
    assertThat(BodyPolicy.clean(RevisionDraft.text("Council passes budget", "Two  spaces", quill, null)).keptAsSent()).as("the standfirst").isFalse();
  }

  @Test
  void plainTextAndWordCountAgreeWithTheRegularExpressionsOnAnyText() {
    char[] alphabet = {'a', 'B', '7', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00a0', '\u2003', '\u0000', '\u0001', '\u0085',
        '\u001C', '<', '>', '/', 'p', '&', ';', '"', '\u00e9', '\ud83d', '\ude00', '\u200b', '\u3000'};
    java.util.Random random = new java.util.Random(20261205);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        s.append(random.nextInt(8) == 0 ? "<p>" : random.nextInt(12) == 0 ? "&nbsp;" : random.nextInt(12) == 0 ? "&#160;"
            : random.nextInt(16) == 0 ? "&nbsp" : String.valueOf(alphabet[random.nextInt(alphabet.length)]));
      }
      String text = s.toString();
      assertThat(BodyPolicy.plain(text)).as("plain of %s", text.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(plainByRegex(text));
      assertThat(BodyPolicy.hasText(text)).as("hasText of %s", text).isEqualTo(!plainByRegex(text).isEmpty());
      assertThat(BodyPolicy.wordCount(text)).as("words of %s", text).isEqualTo(wordCountByRegex(text));
    }
    assertThat(BodyPolicy.wordCount("<p>One two&nbsp;three</p><p>four</p>")).isEqualTo(4);
  }

  @Test
  void keepsTextStructureAndSafeLinks() {
    String clean =
        BodyPolicy.sanitize("<h2>Budget</h2><p>The <strong>council</strong> voted <em>7-2</em>.</p>"
            + "<blockquote><p>\"We had no choice,\" Strand said.</p></blockquote><ul><li>one</li></ul>"
            + "<p><a href=\"https://example.com/budget\">the budget</a></p>");
    assertThat(clean)
        .contains("<h2>Budget</h2>", "<strong>council</strong>", "<em>7-2</em>", "<blockquote>", "<li>one</li>")
        .contains("href=\"https://example.com/budget\"")
        .contains("rel=\"noopener noreferrer nofollow\"");
  }

  @Test
  void removesScriptsImagesFramesHandlersAndStyles() {
    String clean =
        BodyPolicy.sanitize("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\">Hi<script>alert(1)</script></p>"
            + "<img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
            + "<a href=\"javascript:alert(1)\">link</a><svg onload=alert(1)></svg><object data=x></object>");
    assertThat(clean)
        .doesNotContain("script", "onclick", "onerror", "style", "class=", "<img", "<iframe", "javascript:", "<svg", "<object", "alert");
    assertThat(clean).contains("<p>Hi</p>", "link");
  }

  @Test
  void cleansEveryFieldOfADraftAndNormalisesTheBodyIntoBlocks() {
    RevisionDraft raw =
        new RevisionDraft(
            "  Council <b>passes</b>\n budget ",
            "A\u0007 dek",
            "Loose lead text<p>Second</p>",
            List.of(new Contributor("  Rita   Reyes ", ContributorRole.WRITER, null)),
            null,
            null,
            null,
            null,
            new PhotoCredit(" ", "", null, null),
            "  note ");
    RevisionDraft clean = BodyPolicy.clean(raw).draft();
    assertThat(clean.headline()).isEqualTo("Council passes budget");
    assertThat(clean.standfirst()).isEqualTo("A dek");
    assertThat(clean.body()).isEqualTo("<p>Loose lead text</p>\n<p>Second</p>");
    assertThat(clean.contributors()).extracting(Contributor::getName).containsExactly("Rita Reyes");
    assertThat(clean.photoCredit()).as("an all-empty credit is no credit").isNull();
    assertThat(clean.note()).isEqualTo("note");
  }

  /**
   * The blocks a clean draft carries are stored as its paragraphs and handed to the claim book,
   * while every later reader splits the stored body again: the two must agree, whatever came in.
   */
  @Test
  void theCleanBlocksAreWhatSplittingTheStoredBodyGives() throws java.io.IOException {
    List<String> bodies = awkwardBodies();
    for (String body : bodies) {
      CleanDraft clean = BodyPolicy.clean(RevisionDraft.text("h", null, body, null));
      assertThat(clean.blocks()).as("blocks of %s", body).isEqualTo(BodyParagraphs.split(clean.draft().body()));
      assertThat(String.join("\n", clean.blocks())).isEqualTo(clean.draft().body());
      String stored = clean.draft().body();
      assertThat(stored).as("stored from %s", body).doesNotContain("<li data-list").doesNotContain("ql-ui").doesNotContain("ql-indent");
      assertThat(count(stored, "<ol>")).as("lists of %s", body).isEqualTo(count(stored, "</ol>"));
      assertThat(count(stored, "<ul>")).as("lists of %s", body).isEqualTo(count(stored, "</ul>"));
    }
  }

  /**
   * The editor shows the word count stored with the revision it opens instead of sanitising and
   * counting the body again: the two must agree for every body a save can store.
   */
  @Test
  void theCountStoredWithARevisionIsWhatTheEditorCountsOfItsBody() throws java.io.IOException {
    for (String body : awkwardBodies()) {
      String stored = BodyPolicy.clean(RevisionDraft.text("h", null, body, null)).draft().body();
      assertThat(BodyPolicy.wordCount(BodyPolicy.sanitize(stored))).as("words of %s", body).isEqualTo(BodyPolicy.wordCount(stored));
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  /** The XSS payloads in a body, and 5,000 bodies of random block markup, text and entities. */
  private static List<String> awkwardBodies() throws java.io.IOException {
    List<String> bodies = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/security/xss-payloads.txt"))) {
      if (!line.isBlank() && !line.startsWith("# ")) {
        bodies.add("<p>Lead</p>" + line + "trailing <em>words");
      }
    }
    String[] pieces = {"<p>", "</p>", "<h2>", "</h2>", "<h3>", "<blockquote>", "</blockquote>", "<ul>", "<li>", "</li>", "</ul>",
        "<ol>", "</ol>", "<li data-list=\"bullet\">", "<li data-list=\"ordered\">", "<li data-list=\"checked\">",
        "<li data-list=\"bullet\" class=\"ql-indent-1\">", "<li data-list=\"ordered\" class=\"ql-indent-2\">", "<li class=\"ql-indent-1\">",
        "<span class=\"ql-ui\" contenteditable=\"false\"></span>", "<strong>", "</strong>", "<br>", "<div>", "</div>", "<script>", "words", "Two more", " ", "\n", "&nbsp;", "&lt;p&gt;",
        "&#160;", "\u00a0", "\u2003", "&amp;", "\t"};
    java.util.Random random = new java.util.Random(20261206);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      bodies.add(body.toString());
    }
    return bodies;
  }

  @Test
  void refusesWhatCanNeverBeStored() {
    assertThatThrownBy(() -> BodyPolicy.clean(RevisionDraft.text(" ", null, "<p>x</p>", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessageKey()).isEqualTo("story.headline.required"));
    assertThatThrownBy(() -> BodyPolicy.clean(RevisionDraft.text("x".repeat(301), null, "<p>x</p>", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessageKey()).isEqualTo("story.headline.size"));
    assertThatThrownBy(() -> BodyPolicy.clean(RevisionDraft.text("h", null, "<p>" + "x".repeat(200_001) + "</p>", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessageKey()).isEqualTo("story.body.size"));
    assertThat(new InvalidInputException("x").httpStatus()).isEqualTo(400);
  }

  @Test
  void countsWords() {
    assertThat(BodyPolicy.wordCount("<p>One two&nbsp;three</p>\n<p>four</p>")).isEqualTo(4);
    assertThat(BodyPolicy.wordCount("")).isZero();
  }
}
