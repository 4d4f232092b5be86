package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.copydesk.credit.CreditParser;
import org.copydesk.credit.PhotoCredit;

/**
 * Chooses a picture's credit among the strings a wire sends for it.
 *
 * <p>Wires spread the credit around: a declared credit line ("Getty Images", "ASSOCIATED PRESS"),
 * a credit at the end of the caption ("(Photo by Spencer Platt/Getty Images)", "(DHA via AP)") and
 * the picture's by-line ("Karl Melander/TT"). The string that names the most parts wins, and on a
 * tie the declared credit line, then the caption, then the by-line; the winner's string becomes
 * the credit's raw string. A photographer named in structured metadata fills a credit that has
 * none, since structure beats any reading of a string.
 */
final class PictureCredits {

  private PictureCredits() {}

  static PhotoCredit choose(CreditParser parser, String creditLine, String caption, String by, String photographer) {
    List<String> candidates = new ArrayList<>();
    Stream.of(creditLine, parser.creditAtEndOfCaption(caption).orElse(null), by)
        .filter(Objects::nonNull)
        .filter(s -> !s.isBlank())
        .forEach(candidates::add);

    PhotoCredit best = null;
    int bestParts = -1;
    for (String candidate : candidates) {
      PhotoCredit credit = parser.parsePhotoCredit(candidate);
      int parts = parts(credit);
      if (parts > bestParts) {
        best = credit;
        bestParts = parts;
      }
    }
    if (best == null) {
      return photographer == null ? null : new PhotoCredit(photographer, null, null, null);
    }
    if (best.getPhotographer() == null && photographer != null) {
      return new PhotoCredit(photographer, best.getAgency(), best.getDistributor(), best.getRaw());
    }
    return best;
  }

  private static int parts(PhotoCredit c) {
    return (int) Stream.of(c.getPhotographer(), c.getAgency(), c.getDistributor()).filter(Objects::nonNull).count();
  }
}
