package org.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.copydesk.ingest.IngestException.Reason;

/** Size limits and first-byte checks shared by the parsers, applied before any parsing starts. */
final class WireInput {

  private WireInput() {}

  static void checkSize(byte[] input) {
    if (input == null || input.length == 0) {
      throw new IngestException(Reason.EMPTY, "The input is empty");
    }
    if (input.length > WireIngest.MAX_INPUT_BYTES) {
      throw tooLarge();
    }
  }

  /** Reads at most one byte past the limit, so an endless stream cannot exhaust memory. */
  static byte[] readAtMost(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(WireIngest.MAX_INPUT_BYTES + 1);
      if (bytes.length > WireIngest.MAX_INPUT_BYTES) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new IngestException(Reason.UNREADABLE, null, "The input could not be read: " + e.getMessage(), e);
    }
  }

  private static IngestException tooLarge() {
    return new IngestException(
        Reason.TOO_LARGE,
        "The input is larger than " + WireIngest.MAX_INPUT_BYTES / (1024 * 1024) + " MB, the most a wire item may be");
  }

  /** Index of the first byte after a UTF-8 byte order mark and ASCII whitespace, or -1. */
  static int firstSignificantByte(byte[] input) {
    int i = startsWithUtf8Bom(input) ? 3 : 0;
    while (i < input.length && (input[i] == ' ' || input[i] == '\t' || input[i] == '\n' || input[i] == '\r')) {
      i++;
    }
    return i < input.length ? i : -1;
  }

  static boolean startsWithUtf8Bom(byte[] input) {
    return input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB && (input[2] & 0xFF) == 0xBF;
  }

  static boolean startsWithUtf16Bom(byte[] input) {
    return input.length >= 2
        && (((input[0] & 0xFF) == 0xFE && (input[1] & 0xFF) == 0xFF) || ((input[0] & 0xFF) == 0xFF && (input[1] & 0xFF) == 0xFE));
  }

  /** Strict UTF-8: a broken byte sequence is refused, not turned into replacement characters. */
  static String utf8(byte[] input, Reason reasonIfInvalid) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = startsWithUtf8Bom(input) ? 3 : 0;
    try {
      return decoder.decode(ByteBuffer.wrap(input, start, input.length - start)).toString();
    } catch (CharacterCodingException e) {
      throw new IngestException(reasonIfInvalid, "The input is not valid UTF-8");
    }
  }
}
