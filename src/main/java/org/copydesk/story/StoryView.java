package org.copydesk.story;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A story's workflow facts as a value, for callers outside the transaction.
 *
 * @param keptAsSent in the answer to a save or a creation, whether the stored revision reads as the
 *     draft was sent ({@link CleanDraft#keptAsSent}); true otherwise
 */
public record StoryView(
    long id,
    String slug,
    StoryState state,
    String reporter,
    String headline,
    int currentRevision,
    Integer approvedRevision,
    String approvedBy,
    Integer signedOffRevision,
    String signedOffBy,
    Integer publishedRevision,
    OffsetDateTime scheduledFor,
    OffsetDateTime embargoUntil,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime publishedAt,
    long version,
    String wireId,
    String wireVersion,
    String wireStatus,
    String wireCopyright,
    String wireUsageTerms,
    String wireSources,
    boolean keptAsSent)
    implements Serializable {

  static StoryView of(Story s) {
    return of(s, true);
  }

  static StoryView of(Story s, boolean keptAsSent) {
    Revision current = s.getCurrentRevision();
    return new StoryView(
        s.getId(),
        s.getSlug(),
        s.getState(),
        s.getReporter(),
        current.getHeadline(),
        current.getNumber(),
        s.getApprovedRevision(),
        s.getApprovedBy(),
        s.getSignedOffRevision(),
        s.getSignedOffBy(),
        s.getPublishedRevision() == null ? null : s.getPublishedRevision().getNumber(),
        s.getScheduledFor(),
        s.getEmbargoUntil(),
        s.getCreatedAt(),
        s.getUpdatedAt(),
        s.getPublishedAt(),
        s.getVersion(),
        s.isWireMaterial() ? s.getWire().getWireId() : null,
        s.isWireMaterial() ? s.getWire().getVersion() : null,
        s.isWireMaterial() ? s.getWire().getStatus() : null,
        s.isWireMaterial() ? s.getWire().getCopyrightHolder() : null,
        s.isWireMaterial() ? s.getWire().getUsageTerms() : null,
        s.isWireMaterial() ? s.getWire().getSources() : null,
        keptAsSent);
  }
}
