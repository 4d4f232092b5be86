package org.copydesk.security;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security log: every sign-in, failed sign-in, throttled attempt and refused action, with
 * who and from where, on one logger ({@value #LOGGER}) that an operator can route to its own file.
 * Values from the request are quoted and stripped of line breaks, so a user name cannot forge log lines.
 */
public final class SecurityEvents {

  public static final String LOGGER = "org.copydesk.security.events";
  private static final Logger LOG = Logger.getLogger(LOGGER);

  private SecurityEvents() {}

  public static void signedIn(String user, String address, String channel) {
    LOG.info(() -> "SIGN_IN user=" + quote(user) + " address=" + quote(address) + " via=" + channel);
  }

  public static void signInFailed(String user, String address, String channel) {
    LOG.warning(() -> "SIGN_IN_FAILED user=" + quote(user) + " address=" + quote(address) + " via=" + channel);
  }

  public static void signInThrottled(String user, String address, long seconds) {
    LOG.warning(() -> "SIGN_IN_THROTTLED user=" + quote(user) + " address=" + quote(address) + " retryAfter=" + seconds + "s");
  }

  public static void refused(String user, String address, String what, String why) {
    LOG.log(Level.WARNING, () -> "REFUSED user=" + quote(user) + " address=" + quote(address) + " action=" + quote(what) + " reason=" + quote(why));
  }

  /** A signed-in session that was ended on its next request (disabled account, sessions ended by an administrator). */
  public static void sessionEnded(String user, String address, String why) {
    LOG.info(() -> "SESSION_ENDED user=" + quote(user) + " address=" + quote(address) + " reason=" + quote(why));
  }

  /** An administrator's change to an account: who, what, whose, and the detail (never a password). */
  public static void userChanged(String admin, String action, String user, String detail) {
    LOG.info(() -> "USER_CHANGED by=" + quote(admin) + " action=" + action + " user=" + quote(user) + " detail=" + quote(detail));
  }

  static String quote(String value) {
    if (value == null) {
      return "-";
    }
    String clean = value.length() > 200 ? value.substring(0, 200) + "…" : value;
    return '"' + clean.replaceAll("[\\r\\n\\t]", "_").replace("\"", "'") + '"';
  }
}
