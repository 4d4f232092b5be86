package org.copydesk.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A demo story file: "key: value" header lines, a blank line, then the body HTML. Contributors
 * are "Name|ROLE|AFFILIATION"; a photo is "caption|photographer|agency|distributor".
 */
record DemoStory(
    String headline,
    String standfirst,
    String reporter,
    String state,
    List<Credit> contributors,
    String distributor,
    Photo photo,
    String note,
    String body) {

  record Credit(String name, String role, String affiliation) {}

  record Photo(String caption, String photographer, String agency, String distributor) {}

  static DemoStory parse(String text) {
    String normalized = text.replace("\r\n", "\n");
    int split = normalized.indexOf("\n\n");
    if (split < 0) {
      throw new IllegalArgumentException("a demo story needs a blank line between header and body");
    }
    String headline = null;
    String standfirst = null;
    String reporter = null;
    String state = null;
    String distributor = null;
    String note = null;
    Photo photo = null;
    List<Credit> contributors = new ArrayList<>();
    for (String line : normalized.substring(0, split).split("\n")) {
      int colon = line.indexOf(':');
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "headline" -> headline = value;
        case "standfirst" -> standfirst = value;
        case "reporter" -> reporter = value;
        case "state" -> state = value;
        case "distributor" -> distributor = value;
        case "note" -> note = value;
        case "contributor" -> {
          String[] p = value.split("\\|", -1);
          contributors.add(new Credit(p[0].strip(), p[1].strip(), p[2].strip()));
        }
        case "photo" -> {
          String[] p = value.split("\\|", -1);
          photo = new Photo(p[0].strip(), p[1].strip(), p[2].strip(), p.length > 3 ? p[3].strip() : "");
        }
        default -> throw new IllegalArgumentException("unknown demo story header: " + key);
      }
    }
    return new DemoStory(
        headline, standfirst, reporter, state, contributors, distributor, photo, note,
        normalized.substring(split + 2).strip());
  }
}
