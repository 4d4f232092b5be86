package org.copydesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored-XSS corpus of {@code src/test/resources/security/xss-payloads.txt}: each payload with
 * its number put in, so a payload that runs reports which one it was (see {@link XssProbe}).
 */
final class XssCorpus {

  /** One payload: its number and its text, ready to store. */
  record Payload(int number, String text) {

    /** The payload as text inside HTML: what a body shows when the payload must read as words. */
    String escaped() {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }

  static final Path FILE = Path.of("src/test/resources/security/xss-payloads.txt");
  private static final Pattern B64 = Pattern.compile("\\{B64:([^{}]*)\\}");

  private XssCorpus() {}

  static List<Payload> all() {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Payload> payloads = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("# ")) {
        continue;
      }
      int n = payloads.size() + 1;
      String text = line.replace("{N}", Integer.toString(n));
      Matcher m = B64.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(
            Base64.getEncoder().encodeToString(m.group(1).getBytes(StandardCharsets.UTF_8))));
      }
      m.appendTail(out);
      payloads.add(new Payload(n, out.toString()));
    }
    return payloads;
  }

  /** The corpus cut into consecutive groups of at most {@code size}. */
  static List<List<Payload>> groups(int size) {
    List<Payload> all = all();
    List<List<Payload>> groups = new ArrayList<>();
    for (int i = 0; i < all.size(); i += size) {
      groups.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return groups;
  }
}
