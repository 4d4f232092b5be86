package org.copydesk.story;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-by-word comparison of two texts, as the history and the editor's "changed since I
 * approved" view show it: runs of equal, deleted and inserted words. Bodies are compared as
 * reader-visible text with paragraph breaks kept, so markup changes alone do not flood the diff.
 */
public final class RevisionDiff {

  public enum Op {
    EQUAL,
    DELETE,
    INSERT
  }

  public record Chunk(Op op, String text) {}

  private static final Pattern TOKEN = Pattern.compile("\\n|[^\\s]+\\s*");

  private RevisionDiff() {}

  public static List<Chunk> words(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Chunk> chunks = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(chunks, Op.EQUAL, a.subList(position, start));
      add(chunks, Op.DELETE, delta.getSource().getLines());
      add(chunks, Op.INSERT, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(chunks, Op.EQUAL, a.subList(position, a.size()));
    return chunks;
  }

  /** A body's reader-visible text: one line per paragraph, entities decoded. */
  public static String bodyText(String html) {
    List<String> lines = new ArrayList<>();
    for (String block : BodyParagraphs.split(html == null ? "" : html)) {
      lines.add(decode(BodyPolicy.plain(block)));
    }
    return String.join("\n", lines);
  }

  private static String decode(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
        .replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@").replace("&#96;", "`")
        .replace("&nbsp;", " ").replace("&#160;", " ").replace("&amp;", "&");
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static void add(List<Chunk> chunks, Op op, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!chunks.isEmpty() && chunks.get(chunks.size() - 1).op() == op) {
      Chunk last = chunks.remove(chunks.size() - 1);
      text = last.text() + text;
    }
    chunks.add(new Chunk(op, text));
  }
}
