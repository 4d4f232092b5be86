package org.copydesk.platform;

/**
 * Nothing was done because something the request needs (the database) cannot be reached: the
 * caller did nothing wrong and may simply try again, which is what 503 says.
 */
public class UnavailableException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public UnavailableException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }

  @Override
  public int httpStatus() {
    return 503;
  }
}
