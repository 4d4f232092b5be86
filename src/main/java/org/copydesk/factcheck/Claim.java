package org.copydesk.factcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One checkable statement in a revision's body.
 *
 * <p>The anchor points into the plain text of the body's paragraphs as {@link
 * ClaimExtractor#paragraphText} renders them. The sentence hash is what a later revision compares:
 * a claim whose sentence hashes the same keeps its verdict, any other starts over. The hash ignores
 * white space and the style of quote marks and apostrophes, so an editor who only curls the quotes
 * does not send a checked story back to the checker.
 *
 * @param text the claim itself: the words inside the quote marks, "216,000 tonnes", "Oct. 1",
 *     "Mayor Evelyn Strand"; paragraphs of a quote that runs on are joined by a line break
 * @param speaker who a quote is attributed to, when the story says so; always null for other types
 * @param sentence the sentence (for a quote that runs on: the sentences) the claim sits in
 */
public record Claim(
    ClaimType type, String text, String speaker, Anchor anchor, String sentence, String sentenceHash) {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2009\\u202f]+");

  public Claim {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(sentence, "sentence");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a claim needs its text");
    }
    if (speaker != null && !type.hasSpeaker()) {
      throw new IllegalArgumentException(type + " claims have no speaker");
    }
    if (!isSha256Hex(sentenceHash)) {
      throw new IllegalArgumentException("sentenceHash must be 64 lowercase hex digits");
    }
  }

  /**
   * Where a claim sits: from {@code start} in paragraph {@code paragraph} to {@code end} (exclusive)
   * in paragraph {@code endParagraph}. Paragraphs are 0-based indexes into {@code
   * BodyParagraphs.split}; the two are equal except for a quote that runs over several paragraphs.
   */
  public record Anchor(int paragraph, int start, int endParagraph, int end) {

    public Anchor {
      if (paragraph < 0 || start < 0 || end < 0 || endParagraph < paragraph) {
        throw new IllegalArgumentException("bad anchor " + paragraph + ":" + start + "-" + endParagraph + ":" + end);
      }
      if (endParagraph == paragraph && end <= start) {
        throw new IllegalArgumentException("empty anchor " + paragraph + ":" + start + "-" + end);
      }
    }

    static Anchor within(int paragraph, int start, int end) {
      return new Anchor(paragraph, start, paragraph, end);
    }

    public boolean spansParagraphs() {
      return endParagraph != paragraph;
    }
  }

  /**
   * 64 lowercase hex digits. A loop rather than a regular expression: every claim of a body is
   * made again on each save (a hundred or more for 3,000 words), and the matcher was most of what
   * making one cost (bench/analysis.md, session 11: the constructor took 2.2 to 2.8% of a save's
   * samples with it, 0.3% without).
   */
  private static boolean isSha256Hex(String hash) {
    if (hash == null || hash.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = hash.charAt(i);
      if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
        return false;
      }
    }
    return true;
  }

  /** SHA-256, lowercase hex, of the sentence after {@link #normalise}. */
  public static String hashOf(String sentence) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalise(sentence).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** NFKC, one kind of quote mark and apostrophe, single spaces; case and wording untouched. */
  static String normalise(String sentence) {
    String s = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(
          switch (c) {
            case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> '"';
            case '\u2018', '\u2019', '\u201a', '\u2039', '\u203a' -> '\'';
            default -> c;
          });
    }
    return SPACE.matcher(out).replaceAll(" ").strip();
  }
}
