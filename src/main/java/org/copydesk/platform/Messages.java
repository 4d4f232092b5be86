package org.copydesk.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns message keys into sentences from the UI bundle (i18n/messages*.properties). */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";

  private Messages() {}

  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      // A missing key is a programming error, but the user still deserves to see something
      // meaningful rather than an exception page; the key itself names the problem.
      return key;
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
  }

  public static String text(Locale locale, BusinessException e) {
    return text(locale, e.getMessageKey(), e.getArguments());
  }
}
