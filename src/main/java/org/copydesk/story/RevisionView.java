package org.copydesk.story;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.PhotoCredit;

/** One revision as a value; {@code body} is {@code null} in history lists, which never read bodies. */
public record RevisionView(
    int number,
    Integer baseNumber,
    String headline,
    String standfirst,
    String body,
    String author,
    OffsetDateTime createdAt,
    String note,
    int wordCount,
    List<Contributor> contributors,
    Long distributorId,
    String bylineRaw,
    String photoRef,
    String photoCaption,
    PhotoCredit photoCredit)
    implements Serializable {

  static RevisionView of(Revision r, String body) {
    return new RevisionView(
        r.getNumber(),
        r.getBaseNumber(),
        r.getHeadline(),
        r.getStandfirst(),
        body,
        r.getAuthor(),
        r.getCreatedAt(),
        r.getNote(),
        r.getWordCount(),
        List.copyOf(r.getContributors()),
        r.getDistributorId(),
        r.getBylineRaw(),
        r.getPhotoRef(),
        r.getPhotoCaption(),
        r.getPhotoCredit());
  }

  static RevisionView summary(Revision r) {
    return new RevisionView(
        r.getNumber(), r.getBaseNumber(), r.getHeadline(), r.getStandfirst(), null, r.getAuthor(), r.getCreatedAt(),
        r.getNote(), r.getWordCount(), List.of(), r.getDistributorId(), null, null, null, null);
  }
}
