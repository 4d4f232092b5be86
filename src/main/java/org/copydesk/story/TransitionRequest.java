package org.copydesk.story;

import java.time.OffsetDateTime;

/**
 * What the person asking for a transition supplies.
 *
 * @param comment the comment, reason or notice text (required where DOMAIN.md says so)
 * @param revisionNumber the revision the person saw when they decided; when given and no longer
 *     current, the transition is refused, so nobody approves text they have not read
 * @param scheduledFor for SCHEDULE: when to publish
 * @param correctionKind for CORRECT: the kind of notice
 */
public record TransitionRequest(
    String comment, Integer revisionNumber, OffsetDateTime scheduledFor, CorrectionKind correctionKind) {

  public static TransitionRequest none() {
    return new TransitionRequest(null, null, null, null);
  }

  public static TransitionRequest comment(String comment) {
    return new TransitionRequest(comment, null, null, null);
  }

  public boolean hasComment() {
    return comment != null && !comment.isBlank();
  }
}
