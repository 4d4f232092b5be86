package org.copydesk.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Faces writes the session's valid view token into the server log, at SEVERE, whenever it refuses
 * a protected view (Mojarra 4.0 and 4.1, {@code RestoreViewPhase}: "correctSecretKeyValue = ..."),
 * so whoever reads the log could build links that pass the check for that session. This filter
 * drops that one record on the server's Faces lifecycle logger while the application runs; the
 * refusal itself is in the security log ({@link SecurityEvents}), without the token. Everything
 * else the logger writes goes on as before (to the filter that was there, if any).
 */
@WebListener
public class ViewTokenLogFilter implements Filter, ServletContextListener {

  static final String FACES_LIFECYCLE = "jakarta.enterprise.resource.webcontainer.faces.lifecycle";
  static final String TOKEN_MESSAGE = "correctSecretKeyValue";

  /** Held here: the log manager keeps loggers only weakly, and with them their filters. */
  private Logger logger;
  private Filter previous;

  public ViewTokenLogFilter() {}

  ViewTokenLogFilter(Filter previous) {
    this.previous = previous;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    String message = record.getMessage();
    if (message != null && message.startsWith(TOKEN_MESSAGE)) {
      return false;
    }
    return previous == null || previous.isLoggable(record);
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    logger = Logger.getLogger(FACES_LIFECYCLE);
    previous = logger.getFilter();
    logger.setFilter(this);
  }

  /** The logger belongs to the server: it gets its old filter back, and keeps no class of ours. */
  @Override
  public void contextDestroyed(ServletContextEvent event) {
    if (logger != null && logger.getFilter() == this) {
      logger.setFilter(previous);
    }
  }
}
