package org.copydesk.ingest;

import java.io.InputStream;

/**
 * Reads one wire item from bytes and refuses bad input with {@link IngestException}. Parsers hold
 * no state between calls, so one instance can serve every request.
 */
public interface WireParser {

  /** Parses a complete item; input over {@link WireIngest#MAX_INPUT_BYTES} is refused unread. */
  WireItem parse(byte[] input);

  /** Reads the stream up to the size limit, then parses it. The caller closes the stream. */
  default WireItem parse(InputStream input) {
    return parse(WireInput.readAtMost(input));
  }
}
