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
 * quotes, and {@code data-list} only on {@code li} with one of the four values.
 */
final class ListMarkup {

  /** The marker Quill 2 puts at the start of every list item; it holds nothing a reader sees. */
  private static final Pattern QUILL_MARKER = Pattern.compile("<span class=\"ql-ui\" contenteditable=\"false\">\\s*</span>");

  private static final Pattern LIST_TAG = Pattern.compile("<(/?)(ol|ul|li)(\\s[^>]*)?>");
  private static final Pattern KIND = Pattern.compile("data-list=\"([a-z]+)\"");

  private ListMarkup() {}

  /** {@code html} without the editor's list markers, which the allow-list would report as dropped. */
  static String withoutEditorMarkers(String html) {
    return html.indexOf("ql-ui") < 0 ? html : QUILL_MARKER.matcher(html).replaceAll("");
  }

  /** Whether sanitised markup has check-list items, which are stored as bullets. */
  static boolean hasCheckList(String sanitised) {
    return sanitised.contains("data-list=\"checked\"") || sanitised.contains("data-list=\"unchecked\"");
  }

  /** Sanitised markup with the editor's lists as {@code <ol>} and {@code <ul>} of plain items. */
  static String normalise(String sanitised) {
    if (!sanitised.contains("data-list=")) {
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
