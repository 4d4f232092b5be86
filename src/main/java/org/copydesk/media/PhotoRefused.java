package org.copydesk.media;

import org.copydesk.platform.InvalidInputException;

/** An upload that is not a picture the newsroom takes; the status says which rule it broke. */
public class PhotoRefused extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final int status;

  PhotoRefused(int status, String messageKey, Object... arguments) {
    super(messageKey, arguments);
    this.status = status;
  }

  /** 413 too large, 415 not JPEG/PNG/WebP, 400 broken or too many pixels. */
  @Override
  public int httpStatus() {
    return status;
  }
}
