package org.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ViewTokenLogFilterTest {

  private static LogRecord record(String message, Object... parameters) {
    LogRecord record = new LogRecord(Level.SEVERE, message);
    record.setParameters(parameters);
    return record;
  }

  @Test
  void theLineNamingTheSessionsViewTokenIsDroppedAndNothingElse() {
    ViewTokenLogFilter filter = new ViewTokenLogFilter(null);
    assertThat(filter.isLoggable(record("correctSecretKeyValue = {0} incomingSecretKeyValue = {1}", "abc%3D", null))).isFalse();
    assertThat(filter.isLoggable(record("faces.lifecycle.invalid.referer"))).isTrue();
    assertThat(filter.isLoggable(record(null))).isTrue();
    ViewTokenLogFilter chained = new ViewTokenLogFilter(r -> !r.getMessage().contains("quiet"));
    assertThat(chained.isLoggable(record("quiet please"))).as("the filter that was there still decides").isFalse();
    assertThat(chained.isLoggable(record("loud"))).isTrue();
  }

  @Test
  void theServersLoggerGetsItsFilterBackWhenTheApplicationStops() {
    Logger logger = Logger.getLogger(ViewTokenLogFilter.FACES_LIFECYCLE);
    java.util.logging.Filter before = r -> true;
    logger.setFilter(before);
    try {
      ViewTokenLogFilter filter = new ViewTokenLogFilter();
      filter.contextInitialized(null);
      assertThat(logger.getFilter()).isSameAs(filter);
      filter.contextDestroyed(null);
      assertThat(logger.getFilter()).isSameAs(before);
    } finally {
      logger.setFilter(null);
    }
  }
}
