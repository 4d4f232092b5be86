package org.copydesk.ingest;

import java.util.Objects;

/**
 * Wire input that cannot be ingested. The {@link Reason} is stable and meant for machines (an HTTP
 * 400 problem type, a message key); the message is for people and says what is wrong and where:
 * a field path such as {@code /headlines/0/value} or a line and column.
 */
public class IngestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why input was refused. */
  public enum Reason {
    TOO_LARGE("too-large"),
    EMPTY("empty"),
    UNREADABLE("unreadable"),
    UNKNOWN_FORMAT("unknown-format"),
    NOT_JSON("not-json"),
    NOT_XML("not-xml"),
    MALFORMED_JSON("malformed-json"),
    MALFORMED_XML("malformed-xml"),
    DOCTYPE_REFUSED("doctype-refused"),
    NOT_A_NEWS_ITEM("not-a-news-item"),
    UNSUPPORTED_VERSION("unsupported-version"),
    UNSUPPORTED_ITEM_TYPE("unsupported-item-type"),
    MISSING_FIELD("missing-field"),
    INVALID_FIELD("invalid-field");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** A short, stable, lower-case code such as {@code "malformed-json"}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final String location;

  public IngestException(Reason reason, String message) {
    this(reason, null, message, null);
  }

  public IngestException(Reason reason, String location, String message) {
    this(reason, location, message, null);
  }

  public IngestException(Reason reason, String location, String message, Throwable cause) {
    super(location == null ? message : location + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.location = location;
  }

  public Reason reason() {
    return reason;
  }

  /** The reason's code, such as {@code "malformed-json"}. */
  public String reasonCode() {
    return reason.code();
  }

  /** Where in the input: a field path or "line 3, column 7"; {@code null} when it is the whole input. */
  public String location() {
    return location;
  }
}
