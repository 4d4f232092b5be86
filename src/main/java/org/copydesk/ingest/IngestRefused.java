package org.copydesk.ingest;

import org.copydesk.platform.InvalidInputException;

/** A wire file that cannot be taken in; the parser's reason code and location travel with it. */
public class IngestRefused extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String location;

  IngestRefused(IngestException cause) {
    super("ingest.refused", cause.getMessage());
    initCause(cause);
    this.reason = cause.reasonCode();
    this.location = cause.location();
  }

  public String getReason() {
    return reason;
  }

  public String getLocation() {
    return location;
  }
}
