package org.copydesk.ingest;

import java.util.Locale;
import java.util.Optional;

/** The wire's publishing status: usable, withheld (hold, do not publish yet) or canceled (kill). */
public enum PubStatus {
  USABLE,
  WITHHELD,
  CANCELED;

  /**
   * "usable", "withheld" or "canceled", as a bare word, a QCode ("stat:canceled") or a URI
   * (".../pubstatusg2/canceled"). "cancelled" is accepted too: it is what people type.
   */
  static Optional<PubStatus> of(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    int cut = Math.max(v.lastIndexOf(':'), v.lastIndexOf('/'));
    String code = v.substring(cut + 1).toLowerCase(Locale.ROOT);
    return switch (code) {
      case "usable" -> Optional.of(USABLE);
      case "withheld" -> Optional.of(WITHHELD);
      case "canceled", "cancelled" -> Optional.of(CANCELED);
      default -> Optional.empty();
    };
  }

  /** Only usable items may be published; the other two stop publication. */
  public boolean allowsPublication() {
    return this == USABLE;
  }
}
