package org.copydesk.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * For tests of what the application's queries do to the database: an in-memory H2 database with
 * the schema of the real migrations, a plain connection to it, and the application's persistence
 * unit ("copydesk", EclipseLink) over it outside a server, resource-local. A test can read back the
 * rows a bean wrote, and H2 can say, by EXPLAIN ANALYZE, how many rows it read to answer the very
 * SQL EclipseLink sent.
 */
public final class MigratedH2 implements AutoCloseable {

  private final Connection db;
  private final EntityManagerFactory factory;
  private final EntityManager em;

  public MigratedH2(String name) throws SQLException {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    SchemaMigration.flyway(source, getClass().getClassLoader()).migrate();
    db = source.getConnection();
    factory = Persistence.createEntityManagerFactory("copydesk", Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", "",
        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", "sa",
        "jakarta.persistence.jdbc.password", ""));
    em = factory.createEntityManager();
  }

  /**
   * An in-memory database migrated up to {@code version} only, for a test of what a later
   * migration does to rows already there: {@code migrate()} on the answer applies the rest.
   */
  public static Flyway migratedUpTo(String name, String version) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    source.setUser("sa");
    ClassLoader loader = MigratedH2.class.getClassLoader();
    Flyway all = SchemaMigration.flyway(source, loader);
    Flyway.configure(loader).configuration(all.getConfiguration()).target(version).load().migrate();
    return all;
  }

  /** The plain connection, outside EclipseLink. */
  public Connection connection() {
    return db;
  }

  public EntityManager entityManager() {
    return em;
  }

  /** Gives {@code bean} this database's entity manager, as the server would inject it. */
  public <T> T inject(T bean) throws ReflectiveOperationException {
    return inject(bean, em);
  }

  /** Gives {@code bean} another entity manager, for a second transaction beside the first. */
  public <T> T inject(T bean, EntityManager other) throws ReflectiveOperationException {
    Field field = bean.getClass().getDeclaredField("em");
    field.setAccessible(true);
    field.set(bean, other);
    return bean;
  }

  /** A second entity manager on the same database (close it after use). */
  public EntityManager newEntityManager() {
    return factory.createEntityManager();
  }

  /** Lets H2 know the data's shape before plans are asked for. */
  public void analyze() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  /** The SQL statements run while {@code work} ran that name {@code table}, as EclipseLink sent them. */
  public List<String> statementsOn(String table, Runnable work) throws SQLException {
    List<String> sql = new ArrayList<>();
    withStatistics(work, "SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE LOWER(SQL_STATEMENT) LIKE ?",
        "%" + table.toLowerCase() + "%", rows -> {
          while (rows.next()) {
            sql.add(rows.getString(1));
          }
        });
    return sql;
  }

  /** How many times H2 ran statements that start with {@code start} (a JDBC batch's each element counts) while {@code work} ran. */
  public long executions(String start, Runnable work) throws SQLException {
    long[] count = new long[1];
    withStatistics(work, "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE LOWER(SQL_STATEMENT) LIKE ?",
        start.toLowerCase() + "%", rows -> {
          rows.next();
          count[0] = rows.getLong(1);
        });
    return count[0];
  }

  private interface Rows {
    void read(ResultSet rows) throws SQLException;
  }

  /** Runs {@code work} with H2's statement statistics on, then reads them with {@code query} (one parameter). */
  private void withStatistics(Runnable work, String query, String parameter, Rows reader) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("SET QUERY_STATISTICS TRUE");
      try {
        work.run();
        try (PreparedStatement read = db.prepareStatement(query)) {
          read.setString(1, parameter);
          try (ResultSet rows = read.executeQuery()) {
            reader.read(rows);
          }
        }
      } finally {
        s.execute("SET QUERY_STATISTICS FALSE");
      }
    }
  }

  /** H2's plan for {@code sql} run with these parameters, with the rows it read (EXPLAIN ANALYZE). */
  public String plan(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement explain = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
      int count = explain.getParameterMetaData().getParameterCount();
      if (count != parameters.length) {
        throw new IllegalArgumentException(count + " parameters in " + sql + ", " + parameters.length + " given");
      }
      for (int i = 0; i < count; i++) {
        explain.setObject(i + 1, parameters[i]);
      }
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        return plan.getString(1);
      }
    }
  }

  @Override
  public void close() throws SQLException {
    em.close();
    factory.close();
    try (Statement s = db.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
    db.close();
  }
}
