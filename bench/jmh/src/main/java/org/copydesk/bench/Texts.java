package org.copydesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 3,000-word body the benchmarks work on: the demo newsroom's long feature, from Copydesk's classes. */
final class Texts {

  private Texts() {}

  static List<String> paragraphs() {
    try (InputStream in = Texts.class.getResourceAsStream("/demo/stories/06.txt")) {
      if (in == null) {
        throw new IllegalStateException("demo/stories/06.txt is not on the class path");
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String> blocks = new ArrayList<>();
      boolean body = false;
      for (String line : lines) {
        if (!body) {
          body = line.isBlank();
        } else if (!line.isBlank()) {
          blocks.add(line.strip());
        }
      }
      return blocks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String body() {
    return String.join("\n", paragraphs());
  }

  /** The body with one paragraph changed, as a typical save changes it. */
  static String edited() {
    List<String> p = new ArrayList<>(paragraphs());
    int i = p.size() / 2;
    String s = p.get(i);
    int close = s.lastIndexOf("</");
    p.set(i, s.substring(0, close) + " A sentence added by the editor, with 7 more words." + s.substring(close));
    return String.join("\n", p);
  }
}
