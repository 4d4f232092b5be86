package org.copydesk.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * Session settings applied at start, the same way on every server (one WAR):
 * <ul>
 *   <li>the session cookie gets {@code Secure} when {@code -Dcopydesk.secureCookies=true} or
 *       {@code COPYDESK_SECURE_COOKIES=true} is set (or the context parameter
 *       {@code copydesk.SECURE_COOKIES=true}). A per-request check of the scheme cannot work
 *       behind a proxy that terminates TLS (the server sees plain HTTP) and the containers write
 *       the session cookie themselves, so the operator says it once for the whole deployment;</li>
 *   <li>{@code copydesk.SESSION_TIMEOUT_SECONDS} (context parameter), when present, replaces
 *       web.xml's session-timeout (whole minutes) with seconds, which a test needs to see the idle
 *       warning and the sign-out without waiting half an hour.</li>
 * </ul>
 */
@WebListener
public class SessionConfiguration implements ServletContextListener, HttpSessionListener {

  public static final String SECURE_PROPERTY = "copydesk.secureCookies";
  public static final String SECURE_ENV = "COPYDESK_SECURE_COOKIES";
  /** The same switch as a context parameter, for a WAR built for one HTTPS-only deployment. */
  public static final String SECURE_PARAM = "copydesk.SECURE_COOKIES";
  public static final String TIMEOUT_PARAM = "copydesk.SESSION_TIMEOUT_SECONDS";
  public static final String WARNING_PARAM = "copydesk.IDLE_WARNING_SECONDS";
  private static final Logger LOG = Logger.getLogger(SessionConfiguration.class.getName());

  private volatile int timeoutSeconds;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    // SameSite keeps the session cookie off cross-site POSTs (with the Origin check, the second
    // guard against CSRF). web.xml's cookie-config attribute for it reached the browser on neither
    // server (SecureCookieIT); set here, WildFly writes it. Payara ignores both ways: its HTTP
    // listener adds it (config/payara/pre-boot-commands.asadmin).
    context.getSessionCookieConfig().setAttribute("SameSite", "Lax");
    if (secureCookies(System::getProperty, System::getenv) || "true".equalsIgnoreCase(context.getInitParameter(SECURE_PARAM))) {
      context.getSessionCookieConfig().setSecure(true);
      LOG.info("Session cookies are marked Secure (" + SECURE_PROPERTY + ")");
    }
    timeoutSeconds = seconds(context.getInitParameter(TIMEOUT_PARAM), 0);
  }

  @Override
  public void sessionCreated(HttpSessionEvent event) {
    if (timeoutSeconds > 0) {
      event.getSession().setMaxInactiveInterval(timeoutSeconds);
    }
  }

  static boolean secureCookies(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String value = properties.apply(SECURE_PROPERTY);
    if (value == null) {
      value = environment.apply(SECURE_ENV);
    }
    return value != null && value.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  /** A positive number of seconds from a parameter, or the fallback when it is missing or not one. */
  static int seconds(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int seconds = Integer.parseInt(value.strip());
      return seconds > 0 ? seconds : fallback;
    } catch (NumberFormatException notANumber) {
      LOG.warning(() -> "Ignoring a session setting that is not a number of seconds: " + value);
      return fallback;
    }
  }
}
