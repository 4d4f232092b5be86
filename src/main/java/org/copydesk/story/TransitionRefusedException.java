package org.copydesk.story;

import org.copydesk.platform.BusinessException;

/** The workflow said no: the reason names which rule, the message says it in words. */
public class TransitionRefusedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;
  private final String action;

  public TransitionRefusedException(String action, Refusal refusal, Object... arguments) {
    super(refusal.messageKey(), arguments);
    this.refusal = refusal;
    this.action = action;
  }

  public Refusal getRefusal() {
    return refusal;
  }

  /** The transition name, or SAVE. */
  public String getAction() {
    return action;
  }

  @Override
  public int httpStatus() {
    return switch (refusal) {
      case ROLE_NOT_ALLOWED, NOT_YOUR_STORY, OWN_REVISION -> 403;
      case COMMENT_REQUIRED, NOTICE_REQUIRED, TIME_NOT_IN_FUTURE -> 400;
      default -> 409;
    };
  }
}
