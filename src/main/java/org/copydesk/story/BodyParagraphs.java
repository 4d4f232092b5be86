package org.copydesk.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sanitised body into its top-level blocks (paragraphs, subheadings, quotes, lists),
 * the unit of storage and of "this sentence did not change". Loose text between blocks becomes a
 * paragraph of its own. Works on the sanitiser's output, which is balanced markup.
 */
public final class BodyParagraphs {

  private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "blockquote", "ul", "ol");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");

  private BodyParagraphs() {}

  public static List<String> split(String html) {
    List<String> blocks = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    int depth = 0;
    int blockStart = -1;
    int looseStart = 0;
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!BLOCKS.contains(name)) {
        continue;
      }
      boolean closing = !tag.group(1).isEmpty();
      if (!closing) {
        if (depth == 0) {
          addLoose(blocks, html.substring(looseStart, tag.start()));
          blockStart = tag.start();
        }
        depth++;
      } else if (depth > 0) {
        depth--;
        if (depth == 0) {
          addBlock(blocks, html.substring(blockStart, tag.end()));
          looseStart = tag.end();
        }
      }
    }
    if (depth > 0) {
      addBlock(blocks, html.substring(blockStart));
    } else {
      addLoose(blocks, html.substring(looseStart));
    }
    return blocks;
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
