package org.copydesk.publish;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes scheduled stories when their time comes. The publish time lives on the story row, not
 * in a timer (Payara Micro keeps timers only in memory): every instance looks once a second and at
 * start-up (so stories due while the server was down go out at once), and the row lock in
 * {@code StoryLedger.releaseIfDue} makes each publication happen exactly once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduledPublisher {

  private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class.getName());

  @Inject
  private ScheduledRelease release;

  @PostConstruct
  void atStartup() {
    publishDue();
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  void everySecond() {
    publishDue();
  }

  void publishDue() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    for (long id : release.due(now)) {
      try {
        if (release.release(id, now)) {
          LOG.info(() -> "Published scheduled story " + id);
        }
      } catch (RuntimeException e) {
        // One story that cannot be published must not hold up the others; it stays scheduled,
        // is logged in full, and is tried again on the next tick.
        LOG.log(Level.SEVERE, "Could not publish scheduled story " + id, e);
      }
    }
  }
}
