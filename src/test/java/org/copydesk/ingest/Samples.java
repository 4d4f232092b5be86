package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The IPTC sample files under src/test/resources/ingest (MIT licence, see LICENSE-IPTC.txt there). */
final class Samples {

  private Samples() {}

  static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/ingest/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
