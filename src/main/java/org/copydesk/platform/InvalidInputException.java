package org.copydesk.platform;

/** Input that can never be accepted as sent: too long, missing, malformed. */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  @Override
  public int httpStatus() {
    return 400;
  }
}
