package org.copydesk.story;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists as the editor writes them, made into the lists a reader's browser shows. The editor
 * (Quill 2, inside PrimeFaces' text editor) keeps every run of list items in one {@code <ol>} and
 * says on each item what it is: {@code <li data-list="bullet">}, {@code "ordered"}, or a check
 * list's {@code "checked"} and {@code "unchecked"}. Each item also starts with an empty
 * {@code <span class="ql-ui">} that draws its marker. Stored as sent, with the attribute dropped by
 * the allow-list, a bullet list became a numbered one.
 *
 * <p>Here each run of items of one kind becomes an {@code <ol>} (numbered) or a {@code <ul>}
 * (bullets; check lists too, which the newsroom does not keep as such), and the items lose the
 * attribute. The editor reads {@code <ul>} back as a bullet list and {@code <ol>} as a numbered
 * one. Works on the sanitiser's output: balanced tags, lower-case names, attributes in double
 * quotes, {@code data-list} only on {@code li} with one of the four values, and {@code class} only
 * on {@code li} as one of the editor's indents.
 *
 * <p>The editor does not nest lists either: an item the reporter indented (Tab) stays in the one
 * {@code <ol>} with {@code class="ql-indent-1"} (up to 8). {@link #nestIndented} puts each run of
 * deeper items in a list of its own inside the item above it, which is how HTML, the public page,
 * the exports and the editor itself (when it loads a body) read a nested list.
 */
final class ListMarkup {

  /** The marker Quill 2 puts at the start of every list item; it holds nothing a reader sees. */
  private static final Pattern QUILL_MARKER = Pattern.compile("<span class=\"ql-ui\" contenteditable=\"false\">\\s*</span>");

  private static final Pattern LIST_TAG = Pattern.compile("<(/?)(ol|ul|li)(\\s[^>]*)?>");
  private static final Pattern KIND = Pattern.compile("data-list=\"([a-z]+)\"");

  private static final String INDENT_CLASS = "ql-indent-";

  /**
   * A list as the editor writes it: an {@code <ol>} of items that all say their kind and hold
   * nothing but text and inline markup (no list inside). Lists of any other shape are not the
   * editor's, and their indents are not nested but dropped (and reported, see {@link #losesFormatting}).
   */
  private static final Pattern EDITOR_LIST = Pattern.compile(
      "<ol>((?:\\s*<li data-list=\"[a-z]+\"(?: class=\"ql-indent-[1-8]\")?>(?:(?!</?(?:li|ol|ul)[\\s>]).)*?</li>)+)\\s*</ol>",
      Pattern.DOTALL);

  private static final Pattern EDITOR_ITEM =
      Pattern.compile("<li (data-list=\"[a-z]+\")(?: class=\"ql-indent-([1-8])\")?>(.*?)</li>", Pattern.DOTALL);

  private ListMarkup() {}

  /** {@code html} without the editor's list markers, which the allow-list would report as dropped. */
  static String withoutEditorMarkers(String html) {
    return html.indexOf("ql-ui") < 0 ? html : QUILL_MARKER.matcher(html).replaceAll("");
  }

  /** Whether sanitised markup has check-list items, which are stored as bullets. */
  private static boolean hasCheckList(String sanitised) {
    return sanitised.contains("data-list=\"checked\"") || sanitised.contains("data-list=\"unchecked\"");
  }

  /**
   * Whether the stored lists will read other than as sent: check lists become bullets, and an
   * indent outside a list the editor wrote could not be nested. Asked of {@link #nestIndented}'s
   * output, which has no indents left but those.
   */
  static boolean losesFormatting(String nested) {
    return hasCheckList(nested) || nested.contains(INDENT_CLASS);
  }

  /**
   * Sanitised markup with each of the editor's indented items inside the item above it: a run of
   * items indented deeper than the one before becomes an {@code <ol>} of its own, opened inside
   * that item, so {@code a, (indent 1) b, c} is {@code <ol><li>a<ol><li>b</li></ol></li><li>c</li></ol>}.
   * The items keep their kind for {@link #normalise}, which then gives every list, nested ones
   * too, the tag of its items. An item deeper by more than one step nests one list down (HTML
   * has no list directly inside a list); the editor reads it back one step in.
   */
  static String nestIndented(String sanitised) {
    if (!sanitised.contains(INDENT_CLASS)) {
      return sanitised;
    }
    Matcher list = EDITOR_LIST.matcher(sanitised);
    StringBuilder out = new StringBuilder(sanitised.length());
    int copied = 0;
    while (list.find()) {
      if (list.group(1).contains(INDENT_CLASS)) {
        out.append(sanitised, copied, list.start());
        nest(list.group(1), out);
        copied = list.end();
      }
    }
    return out.append(sanitised, copied, sanitised.length()).toString();
  }

  private static void nest(String items, StringBuilder out) {
    // The indent of each list open here, innermost first; the outer list's is its first item's.
    Deque<Integer> levels = new ArrayDeque<>();
    Matcher item = EDITOR_ITEM.matcher(items);
    while (item.find()) {
      int level = item.group(2) == null ? 0 : Integer.parseInt(item.group(2));
      if (levels.isEmpty()) {
        out.append("<ol>");
        levels.push(level);
      } else {
        while (levels.size() > 1 && levels.peek() > level) {
          out.append("</li></ol>");
          levels.pop();
        }
        if (level > levels.peek()) {
          out.append("<ol>"); // inside the item above, still open
          levels.push(level);
        } else {
          out.append("</li>");
        }
      }
      out.append("<li ").append(item.group(1)).append('>').append(item.group(3));
    }
    out.append("</li>");
    for (int open = levels.size(); open > 1; open--) {
      out.append("</ol></li>");
    }
    out.append("</ol>");
  }

  /** Sanitised markup with the editor's lists as {@code <ol>} and {@code <ul>} of plain items. */
  static String normalise(String sanitised) {
    if (!sanitised.contains("data-list=") && !sanitised.contains(INDENT_CLASS)) {
      // Every body without a list, and every body that came from elsewhere: nothing to do.
      return sanitised;
    }
    StringBuilder out = new StringBuilder(sanitised.length());
    // For each open list, the tag it is written as now ("ol" or "ul") and whether its items may
    // start a list of another kind (any <ol>, as the editor writes every list) or not (a <ul>);
    // for an open item, OpenList.ITEM.
    Deque<OpenList> open = new ArrayDeque<>();
    Matcher tag = LIST_TAG.matcher(sanitised);
    int copied = 0;
    while (tag.find()) {
      out.append(sanitised, copied, tag.start());
      copied = tag.end();
      boolean closing = !tag.group(1).isEmpty();
      String name = tag.group(2);
      if (name.equals("li")) {
        if (closing) {
          open.poll();
          out.append("</li>");
          continue;
        }
        OpenList parent = open.peek();
        if (parent != null && parent.mixed) {
          String kind = kindOf(tag.group(3));
          if (!kind.equals(parent.writtenAs)) {
            out.append("</").append(parent.writtenAs).append("><").append(kind).append('>');
            parent.writtenAs = kind;
          }
        }
        open.push(OpenList.ITEM);
        out.append("<li>");
      } else if (closing) {
        OpenList list = open.poll();
        out.append("</").append(list == null || list == OpenList.ITEM ? name : list.writtenAs).append('>');
      } else if (name.equals("ol")) {
        // Written as what its first item is, so a list of bullets opens as <ul>.
        Matcher first = LIST_TAG.matcher(sanitised);
        String kind = first.find(tag.end()) && first.group(2).equals("li") && first.group(1).isEmpty()
            ? kindOf(first.group(3)) : "ol";
        open.push(new OpenList(kind, true));
        out.append('<').append(kind).append('>');
      } else {
        open.push(new OpenList("ul", false));
        out.append("<ul>");
      }
    }
    out.append(sanitised, copied, sanitised.length());
    return out.toString();
  }

  private static String kindOf(String attributes) {
    if (attributes == null) {
      return "ol";
    }
    Matcher kind = KIND.matcher(attributes);
    return !kind.find() || kind.group(1).equals("ordered") ? "ol" : "ul";
  }

  private static final class OpenList {
    static final OpenList ITEM = new OpenList(null, false);

    String writtenAs;
    final boolean mixed;

    OpenList(String writtenAs, boolean mixed) {
      this.writtenAs = writtenAs;
      this.mixed = mixed;
    }
  }
}
