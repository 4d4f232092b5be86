package org.copydesk.story;

/** Why the workflow refuses a transition or a save; each reason has a sentence in the UI bundle. */
public enum Refusal {
  WRONG_STATE,
  ROLE_NOT_ALLOWED,
  NOT_YOUR_STORY,
  OWN_REVISION,
  REVISION_CHANGED,
  COMMENT_REQUIRED,
  HEADLINE_AND_BODY_REQUIRED,
  NOT_APPROVED_REVISION,
  NOT_SIGNED_OFF_REVISION,
  CREDITS_INCOMPLETE,
  EMBARGO_IN_FORCE,
  TIME_NOT_IN_FUTURE,
  CLAIMS_UNRESOLVED,
  NO_PENDING_CORRECTION,
  NOTICE_REQUIRED,
  CONTENT_FROZEN,
  NOT_DUE,
  WIRE_WITHDRAWN,
  WIRE_CREDIT_MISSING;

  public String messageKey() {
    return "workflow.refused." + name();
  }
}
