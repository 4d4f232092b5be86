package org.copydesk.factcheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One annotated story of {@code src/test/resources/factcheck/corpus}: its body and its gold claims. */
record CorpusStory(String name, String html, List<GoldClaim> gold) {

  /** How a story was used while the extractor was built; see the corpus README. */
  enum Split {
    /** Run again and again while the rules were tuned. */
    DEVELOPMENT,
    /** Marked before any code, never run while tuning, but read while the rules were designed. */
    HELD_OUT,
    /** Another writer's stories, read and marked only after the extractor was frozen. */
    BLIND
  }

  private static final Set<String> HELD_OUT = Set.of("05", "06", "07");
  private static final Set<String> BLIND = Set.of("08", "09", "10", "11");

  /** A hand-marked claim: the text occurs verbatim in the paragraph's plain text. */
  record GoldClaim(ClaimType type, int paragraph, String text, String speaker) {}

  Split split() {
    return BLIND.contains(name) ? Split.BLIND : HELD_OUT.contains(name) ? Split.HELD_OUT : Split.DEVELOPMENT;
  }

  static List<CorpusStory> all() {
    List<CorpusStory> stories = new ArrayList<>();
    for (int n = 1; ; n++) {
      String name = String.format("%02d", n);
      String html = resource("factcheck/corpus/" + name + ".html");
      if (html == null) {
        return stories;
      }
      stories.add(new CorpusStory(name, html, parse(resource("factcheck/corpus/" + name + ".claims"))));
    }
  }

  static List<GoldClaim> parse(String claims) {
    List<GoldClaim> gold = new ArrayList<>();
    for (String line : claims.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 3 || f.length > 4) {
        throw new IllegalArgumentException("bad gold line: " + line);
      }
      gold.add(new GoldClaim(ClaimType.valueOf(f[0]), Integer.parseInt(f[1]), f[2], f.length == 4 ? f[3] : null));
    }
    return gold;
  }

  static String resource(String path) {
    try (InputStream in = CorpusStory.class.getClassLoader().getResourceAsStream(path)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
