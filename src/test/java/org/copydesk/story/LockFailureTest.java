package org.copydesk.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PessimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class LockFailureTest {

  private static PessimisticLockException wrapped(Throwable cause) {
    // EclipseLink's shape: PessimisticLockException <- DatabaseException <- SQLException.
    return new PessimisticLockException("lock failed", new RuntimeException("Internal Exception", cause));
  }

  @Test
  void aLockTimeoutIsAConflictNotAnOutage() {
    assertFalse(LockFailure.isDatabaseUnavailable(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
    assertFalse(LockFailure.isDatabaseUnavailable(wrapped(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
    assertFalse(LockFailure.isDatabaseUnavailable(wrapped(new SQLException("deadlock detected", "40P01"))));
    assertFalse(LockFailure.isDatabaseUnavailable(new PessimisticLockException("no cause")));
  }

  @Test
  void aLostConnectionIsAnOutage() {
    assertTrue(LockFailure.isDatabaseUnavailable(
        wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006", new ConnectException("refused")))));
    assertTrue(LockFailure.isDatabaseUnavailable(wrapped(new SQLException("Connection refused", "08001"))));
    assertTrue(LockFailure.isDatabaseUnavailable(wrapped(new SQLTransientConnectionException("pool exhausted"))));
  }

  @Test
  void aLockStateNearerTheTopWinsOverAConnectionStateBelowIt() {
    SQLException lock = new SQLException("lock timeout", "55P03", new SQLException("socket", "08006"));
    assertFalse(LockFailure.isDatabaseUnavailable(wrapped(lock)));
  }
}
