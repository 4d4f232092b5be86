package org.copydesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.platform.InvalidInputException;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What a revision may contain, enforced on the server whatever the editor component did: a strict
 * allow-list for the body (text structure and links, no images, frames, scripts, styles or
 * classes) and plain text with limits for everything else. The save path calls {@link #clean}
 * before anything is stored.
 */
public final class BodyPolicy {

  public static final int MAX_HEADLINE_CHARS = 300;
  public static final int MAX_STANDFIRST_CHARS = 600;
  public static final int MAX_BODY_CHARS = 200_000;
  public static final int MAX_NOTE_CHARS = 1000;
  public static final int MAX_CAPTION_CHARS = 1000;
  public static final int MAX_CONTRIBUTORS = 20;

  private static final PolicyFactory BODY =
      new HtmlPolicyBuilder()
          .allowElements("p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "br", "sub", "sup")
          // The editor's list items say what list they belong to; ListMarkup makes that the list's tag.
          .allowAttributes("data-list")
          .matching(Pattern.compile("bullet|ordered|checked|unchecked"))
          .onElements("li")
          // And how far the reporter indented them; ListMarkup nests them by it.
          .allowAttributes("class")
          .matching(Pattern.compile("ql-indent-[1-8]"))
          .onElements("li")
          .allowElements("a")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .toFactory();


  private BodyPolicy() {}

  /** Sanitises and checks a draft; the result is what gets stored. */
  public static CleanDraft clean(RevisionDraft draft) {
    String headline = plain(draft.headline());
    if (headline.isEmpty()) {
      throw new InvalidInputException("story.headline.required");
    }
    limit(headline, MAX_HEADLINE_CHARS, "story.headline.size");
    String standfirst = plain(draft.standfirst());
    limit(standfirst, MAX_STANDFIRST_CHARS, "story.standfirst.size");
    String rawBody = draft.body() == null ? "" : draft.body();
    // Checked before sanitising too, so nobody makes the server chew on megabytes of markup.
    limit(rawBody, MAX_BODY_CHARS * 2, "story.body.size");
    boolean[] dropped = {false};
    List<String> blocks = BodyParagraphs.split(sanitizeNoting(rawBody, dropped));
    String body = String.join("\n", blocks);
    limit(body, MAX_BODY_CHARS, "story.body.size");
    String note = plain(draft.note());
    limit(note, MAX_NOTE_CHARS, "story.note.size");
    String caption = plain(draft.photoCaption());
    limit(caption, MAX_CAPTION_CHARS, "story.caption.size");
    String photoRef = plain(draft.photoRef());
    limit(photoRef, 500, "story.photoRef.size");
    String bylineRaw = plain(draft.bylineRaw());
    limit(bylineRaw, 500, "credit.byline.size");
    if (draft.contributors().size() > MAX_CONTRIBUTORS) {
      throw new InvalidInputException("credit.contributors.size", MAX_CONTRIBUTORS);
    }
    List<Contributor> contributors = new ArrayList<>();
    for (Contributor c : draft.contributors()) {
      String name = plain(c.getName());
      if (name.isEmpty() || c.getRole() == null) {
        throw new InvalidInputException("credit.contributor.name.required");
      }
      limit(name, 200, "credit.contributor.name.size");
      contributors.add(new Contributor(name, c.getRole(), c.getWireServiceId()));
    }
    PhotoCredit credit = draft.photoCredit();
    if (credit != null) {
      credit =
          new PhotoCredit(
              limited(plain(credit.getPhotographer()), 200),
              limited(plain(credit.getAgency()), 200),
              limited(plain(credit.getDistributor()), 200),
              limited(plain(credit.getRaw()), 500));
      if (credit.getPhotographer() == null && credit.getAgency() == null
          && credit.getDistributor() == null && credit.getRaw() == null) {
        credit = null;
      }
    }
    return new CleanDraft(new RevisionDraft(
        headline,
        nullIfEmpty(standfirst),
        body,
        contributors,
        draft.distributorId(),
        nullIfEmpty(bylineRaw),
        nullIfEmpty(photoRef),
        nullIfEmpty(caption),
        credit,
        nullIfEmpty(note)), blocks,
        !dropped[0] && headline.equals(draft.headline()) && standfirst.equals(draft.standfirst() == null ? "" : draft.standfirst()));
  }

  /**
   * The body as stored ({@link #sanitize}), with whether the allow-list dropped anything from it
   * but what {@link CleanDraft#keptAsSent} lets go: one pass of the sanitiser, listened to.
   */
  private static String sanitizeNoting(String html, boolean[] dropped) {
    String sanitised = BODY.sanitize(ListMarkup.withoutEditorMarkers(html), new HtmlChangeListener<boolean[]>() {
      @Override
      public void discardedTag(boolean[] flag, String elementName) {
        flag[0] = true;
      }

      @Override
      public void discardedAttributes(boolean[] flag, String tagName, String... attributeNames) {
        for (String attribute : attributeNames) {
          if (!("a".equals(tagName) && ("target".equals(attribute) || "rel".equals(attribute)))) {
            flag[0] = true;
          }
        }
      }
    }, dropped);
    return lists(sanitised, dropped);
  }

  /** The body as stored: the allow-list applied, and the editor's lists made plain {@code ol} and {@code ul}. */
  public static String sanitize(String html) {
    return lists(BODY.sanitize(ListMarkup.withoutEditorMarkers(html == null ? "" : html)), new boolean[1]);
  }

  /** The editor's lists in sanitised markup made the nested {@code ol} and {@code ul} a reader's browser shows. */
  private static String lists(String sanitised, boolean[] dropped) {
    String nested = ListMarkup.nestIndented(sanitised);
    if (ListMarkup.losesFormatting(nested)) {
      dropped[0] = true;
    }
    return ListMarkup.normalise(nested);
  }

  /**
   * Plain text: tags replaced by a space, control characters (other than new line and tab)
   * dropped, runs of white space and no-break spaces collapsed to one space, the ends stripped.
   * One pass over the text rather than three regular expressions: every save and every opening of
   * the editor runs it over each paragraph of the body (bench profile of the saves).
   */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '<') {
        int close = text.indexOf('>', i + 1);
        if (close >= 0) {
          space(out);
          i = close + 1;
          continue;
        }
      }
      // Control characters (carriage returns and form feeds among them) are dropped, not spaces.
      boolean dropped = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
      if (!dropped && isSpace(c)) {
        space(out);
      } else if (!dropped) {
        out.append(c);
      }
      i++;
    }
    return out.toString().strip();
  }

  /** Whether {@link #plain} would give any text: what makes a block a paragraph. */
  public static boolean hasText(String html) {
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i + 1);
        if (close >= 0) {
          i = close + 1;
          continue;
        }
      }
      if (!isSpace(c) && !Character.isWhitespace(c) && Character.getType(c) != Character.CONTROL) {
        return true;
      }
      i++;
    }
    return false;
  }

  /**
   * Words of a sanitised body, as a reader would count them: the runs of {@link #plain}'s text
   * between spaces, with {@code &nbsp;} a space. Counted in one pass over the markup rather than
   * on a plain copy of it: each save counts its 3,000-word body, and building the copy (with the
   * entity replaced, then stripped) was 6% of a save in the benchmark's profile (session 22).
   */
  public static int wordCount(String html) {
    WordCounter counter = new WordCounter();
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i + 1);
        if (close >= 0) {
          counter.space();
          i = close + 1;
          continue;
        }
      }
      if (c == '&' && (html.startsWith("&nbsp;", i) || html.startsWith("&#160;", i))) {
        counter.space();
        i += 6;
        continue;
      }
      i++;
      if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t') {
        continue; // dropped, as plain drops it: the letters on either side are one word
      }
      if (isSpace(c)) {
        counter.space();
      } else {
        counter.letter(c);
      }
    }
    return counter.words;
  }

  /**
   * Counts words as {@link #plain} followed by splitting at spaces would: plain strips white space
   * other than the spaces it collapses (an ideographic space, an em space) from both ends of the
   * text, so a word made of such characters alone counts only between two other words.
   */
  private static final class WordCounter {
    int words;
    private boolean inWord;
    private boolean wordBlank;
    private boolean seenWord;
    private int pendingBlank;

    void letter(char c) {
      if (!inWord) {
        inWord = true;
        wordBlank = true;
      }
      if (wordBlank && !Character.isWhitespace(c)) {
        wordBlank = false;
        words += seenWord ? pendingBlank + 1 : 1;
        pendingBlank = 0;
        seenWord = true;
      }
    }

    void space() {
      if (inWord && wordBlank) {
        pendingBlank++;
      }
      inWord = false;
    }
  }

  /** The white space {@link #plain} collapses (the other white space controls are dropped before). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u00a0';
  }

  private static void space(StringBuilder out) {
    if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static String limited(String s, int max) {
    limit(s, max, "credit.photo.size");
    return s;
  }

  private static void limit(String s, int max, String key) {
    if (s.length() > max) {
      throw new InvalidInputException(key, max);
    }
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
