package org.copydesk.story;

import org.copydesk.platform.BusinessException;

/**
 * A save started from a revision that is no longer the current one: someone saved first. Nothing
 * was written; the refused content travels back with the exception so the writer can merge it.
 */
public class StaleRevisionException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final RevisionDraft refused;
  private final int baseRevision;
  private final int currentRevision;

  public StaleRevisionException(RevisionDraft refused, int baseRevision, int currentRevision) {
    super("story.save.stale", baseRevision, currentRevision);
    this.refused = refused;
    this.baseRevision = baseRevision;
    this.currentRevision = currentRevision;
  }

  public RevisionDraft getRefused() {
    return refused;
  }

  public int getBaseRevision() {
    return baseRevision;
  }

  public int getCurrentRevision() {
    return currentRevision;
  }
}
