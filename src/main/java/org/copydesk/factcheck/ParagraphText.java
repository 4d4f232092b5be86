package org.copydesk.factcheck;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plain text of one body block, the coordinate system of every claim anchor: tags dropped
 * (block and line-break tags become a space, inline tags nothing, so {@code <em>word</em>s} stays
 * one word), character references decoded, runs of white space collapsed to one space, ends
 * trimmed. Works on sanitised markup, which has no comments, scripts or stray {@code <}.
 */
final class ParagraphText {

  private static final Set<String> SPACING_TAGS =
      Set.of("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "div");

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("nbsp", " "),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("bdquo", "\u201e"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("laquo", "\u00ab"),
          Map.entry("raquo", "\u00bb"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("hellip", "\u2026"),
          Map.entry("eacute", "\u00e9"));

  private ParagraphText() {}

  static String of(String html) {
    StringBuilder raw = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int close = html.indexOf('>', i);
        if (close < 0) {
          break;
        }
        if (SPACING_TAGS.contains(tagName(html, i + 1, close))) {
          raw.append(' ');
        }
        i = close + 1;
      } else if (c == '&') {
        i = decode(html, i, raw);
      } else {
        raw.append(c);
        i++;
      }
    }
    return collapse(raw);
  }

  private static String tagName(String html, int from, int to) {
    int i = from;
    if (i < to && html.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < to && Character.isLetterOrDigit(html.charAt(i))) {
      i++;
    }
    return html.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /** Appends the character a reference stands for and returns where to go on reading. */
  private static int decode(String html, int amp, StringBuilder out) {
    int semi = html.indexOf(';', amp);
    if (semi < 0 || semi - amp > 10) {
      out.append('&');
      return amp + 1;
    }
    String name = html.substring(amp + 1, semi);
    if (name.startsWith("#")) {
      try {
        int code =
            name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                ? Integer.parseInt(name.substring(2), 16)
                : Integer.parseInt(name.substring(1));
        if (Character.isValidCodePoint(code)) {
          out.appendCodePoint(code == 0xa0 ? ' ' : code);
          return semi + 1;
        }
      } catch (NumberFormatException e) {
        // not a reference after all; keep the text as it stands
      }
    } else if (NAMED.containsKey(name)) {
      out.append(NAMED.get(name));
      return semi + 1;
    }
    out.append('&');
    return amp + 1;
  }

  private static String collapse(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else if (!Character.isISOControl(c)) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
