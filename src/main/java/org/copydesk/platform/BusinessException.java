package org.copydesk.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can cause and understand: an illegal transition, a stale save, a missing
 * credit. It carries a message key of the UI bundle (and its arguments) rather than a sentence, so
 * pages and the API render it in the reader's language. Thrown from an EJB it rolls the whole
 * transaction back, which is what guarantees that nothing is half-saved.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }

  /** The HTTP status that best describes this refusal at the REST boundary. */
  public int httpStatus() {
    return 409;
  }
}
