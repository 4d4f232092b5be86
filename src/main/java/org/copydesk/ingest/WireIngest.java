package org.copydesk.ingest;

import org.copydesk.credit.CreditParser;
import org.copydesk.ingest.IngestException.Reason;

/**
 * The one entry point for an upload of unknown format: JSON goes to {@link NinjsParser}, XML to
 * {@link NewsMlG2Parser}, anything else is refused.
 */
public final class WireIngest implements WireParser {

  /**
   * The largest wire item accepted, checked before parsing. Real items are tens of kilobytes; 5 MB
   * leaves room for inline bodies while bounding what a hostile upload can cost.
   */
  public static final int MAX_INPUT_BYTES = 5 * 1024 * 1024;

  private final NinjsParser ninjs;
  private final NewsMlG2Parser newsMl;

  public WireIngest() {
    this(new CreditParser());
  }

  public WireIngest(CreditParser credits) {
    this.ninjs = new NinjsParser(credits);
    this.newsMl = new NewsMlG2Parser(credits);
  }

  @Override
  public WireItem parse(byte[] input) {
    WireInput.checkSize(input);
    if (WireInput.startsWithUtf16Bom(input)) {
      return newsMl.parse(input); // JSON must be UTF-8, so only XML may come in UTF-16
    }
    int first = WireInput.firstSignificantByte(input);
    if (first < 0) {
      throw new IngestException(Reason.EMPTY, "The input holds only whitespace");
    }
    return switch (input[first]) {
      case '{', '[' -> ninjs.parse(input);
      case '<' -> newsMl.parse(input);
      default ->
          throw new IngestException(
              Reason.UNKNOWN_FORMAT, "The input is neither JSON (ninjs) nor XML (NewsML-G2)");
    };
  }
}
