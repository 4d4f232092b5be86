package org.copydesk.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One insert statement's rows sent as JDBC batches of {@code size}, the rest at {@link #close()}:
 * how the Java migrations fill a table for every story a database has, without holding all the
 * rows in memory.
 */
final class RowBatch implements AutoCloseable {

  private final PreparedStatement statement;
  private final int size;
  private int pending;

  RowBatch(Connection db, String sql, int size) throws SQLException {
    this.statement = db.prepareStatement(sql);
    this.size = size;
  }

  void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
    if (++pending == size) {
      statement.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }
}
