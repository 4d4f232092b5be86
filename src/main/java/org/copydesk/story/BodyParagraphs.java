package org.copydesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sanitised body into its top-level blocks (paragraphs, subheadings, quotes, lists),
 * the unit of storage and of "this sentence did not change". Loose text between blocks becomes a
 * paragraph of its own. Works on the sanitiser's output, which is balanced markup.
 */
public final class BodyParagraphs {

  private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "blockquote", "ul", "ol");

  private BodyParagraphs() {}

  public static List<String> split(String html) {
    List<String> blocks = new ArrayList<>();
    int depth = 0;
    int blockStart = -1;
    int looseStart = 0;
    // A tag is what "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>" matches. Found with indexOf rather than that
    // expression: the expression was tried at every character of the body, and splitting was half
    // of the time BodyPolicy.clean took in a save (JFR profile of the benchmark's saves, session 20).
    int at = html.indexOf('<');
    while (at >= 0) {
      int nameStart = at + 1 < html.length() && html.charAt(at + 1) == '/' ? at + 2 : at + 1;
      int nameEnd = nameStart;
      while (nameEnd < html.length() && isNameChar(html.charAt(nameEnd), nameEnd == nameStart)) {
        nameEnd++;
      }
      if (nameEnd == nameStart) {
        at = html.indexOf('<', at + 1);
        continue;
      }
      int end = html.indexOf('>', nameEnd);
      if (end < 0) {
        break; // no tag can end: nothing after this is a tag
      }
      String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      if (BLOCKS.contains(name)) {
        boolean closing = nameStart == at + 2;
        if (!closing) {
          if (depth == 0) {
            addLoose(blocks, html.substring(looseStart, at));
            blockStart = at;
          }
          depth++;
        } else if (depth > 0) {
          depth--;
          if (depth == 0) {
            addBlock(blocks, html.substring(blockStart, end + 1));
            looseStart = end + 1;
          }
        }
      }
      at = html.indexOf('<', end + 1);
    }
    if (depth > 0) {
      addBlock(blocks, html.substring(blockStart));
    } else {
      addLoose(blocks, html.substring(looseStart));
    }
    return blocks;
  }

  private static boolean isNameChar(char c, boolean first) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
  }

  private static void addBlock(List<String> blocks, String block) {
    if (BodyPolicy.hasText(block)) {
      blocks.add(block.strip());
    }
  }

  private static void addLoose(List<String> blocks, String text) {
    String stripped = text.strip();
    while (stripped.startsWith("<br />") || stripped.startsWith("<br>")) {
      stripped = stripped.substring(stripped.indexOf('>') + 1).strip();
    }
    if (BodyPolicy.hasText(stripped)) {
      blocks.add("<p>" + stripped + "</p>");
    }
  }
}
