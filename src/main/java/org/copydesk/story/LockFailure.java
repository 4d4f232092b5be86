package org.copydesk.story;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Why taking a story's row lock failed. EclipseLink reports every failure of the locking query as a
 * {@code PessimisticLockException}, also when the database is down; only a real lock conflict
 * means "someone else is changing this story", and telling a user that during an outage sends them
 * looking for a colleague who is not there (crash test on PostgreSQL).
 */
final class LockFailure {

  /** SQL states of a lock wait that ran out or was broken: PostgreSQL, H2 and the standard classes. */
  private static final Set<String> LOCK_STATES = Set.of(
      "55P03", // PostgreSQL lock_not_available (lock_timeout, NOWAIT)
      "40P01", // PostgreSQL deadlock_detected
      "40001", // serialization failure (standard; H2 deadlock)
      "HYT00", // H2 lock timeout
      "57014"); // PostgreSQL query_canceled (statement_timeout while waiting)

  private LockFailure() {}

  /** True when the failure chain shows the database could not be reached rather than a lock conflict. */
  static boolean isDatabaseUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (LOCK_STATES.contains(state)) {
          return false;
        }
        // Class 08: connection exception (standard, used by PostgreSQL's and H2's drivers).
        if (state.startsWith("08")) {
          return true;
        }
      }
    }
    return false;
  }
}
