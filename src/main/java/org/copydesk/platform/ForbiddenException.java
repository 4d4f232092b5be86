package org.copydesk.platform;

/** Something that exists but is not the caller's to see or change (another reporter's draft). */
public class ForbiddenException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  @Override
  public int httpStatus() {
    return 403;
  }
}
