package org.copydesk.api;

import java.util.Locale;
import org.copydesk.platform.InvalidInputException;

/** Enum values as clients send them: any case, surrounding space ignored; anything else is a 400. */
final class EnumParam {

  private EnumParam() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value, String messageKey) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(messageKey, String.valueOf(value));
    }
  }
}
