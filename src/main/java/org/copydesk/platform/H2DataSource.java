package org.copydesk.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database as a plain {@link DataSource}, named by the build in {@code web.xml}.
 *
 * <p>H2's own {@link JdbcDataSource} is also an {@code XADataSource}, and both servers take a class
 * that is one as an XA resource: every commit then went through the transaction manager's
 * two-phase machinery, and every JDBC call on H2's pooled XA connection took and released a lock
 * (together 10% of a save's samples in the benchmark's profile). Copydesk has one resource per
 * transaction, so it needs none of that. {@code org.h2.Driver} in its place deploys on Payara but
 * not on WildFly, which wants a data source; hence this class: the same properties, H2's ordinary
 * connections.
 *
 * <p>It also owns the settings Copydesk relies on, added to any address that does not set them
 * itself ({@link #SETTINGS}). They cannot travel in the address that {@code web.xml} declares:
 * WildFly hands a plain data source its properties as one string split at semicolons, which is
 * how H2 separates settings in an address.
 */
public class H2DataSource implements DataSource {

  /**
   * {@code WRITE_DELAY=0}: each commit is written at once, so an acknowledged save survives a
   * killed JVM ({@code bench/crash-test.sh}). {@code LOCK_TIMEOUT=10000}: a save waits up to 10 s
   * for a story row another save holds, instead of H2's default of 2 s. {@code
   * QUERY_CACHE_SIZE=64}: each connection keeps its 64 latest parsed statements instead of 8; a
   * save runs more than 8 different ones, so with 8 every statement was parsed again on every save
   * (5% of a save in the benchmark's profile), while the pages' few stayed cached.
   */
  static final String[][] SETTINGS = {{"WRITE_DELAY", "0"}, {"LOCK_TIMEOUT", "10000"}, {"QUERY_CACHE_SIZE", "64"}};

  private final JdbcDataSource h2 = new JdbcDataSource();

  public String getURL() {
    return h2.getURL();
  }

  public void setURL(String url) {
    h2.setURL(withSettings(url));
  }

  /** The same as {@link #setURL}: Payara and WildFly spell the property differently. */
  public String getUrl() {
    return getURL();
  }

  public void setUrl(String url) {
    setURL(url);
  }

  /** {@code url} with each of {@link #SETTINGS} it does not name appended. */
  static String withSettings(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the H2 data source needs an address (jdbc:h2:...)");
    }
    String named = url.toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(url);
    for (String[] setting : SETTINGS) {
      if (!named.contains(";" + setting[0] + "=")) {
        out.append(';').append(setting[0]).append('=').append(setting[1]);
      }
    }
    return out.toString();
  }

  public String getUser() {
    return h2.getUser();
  }

  public void setUser(String user) {
    h2.setUser(user);
  }

  public String getPassword() {
    return h2.getPassword();
  }

  public void setPassword(String password) {
    h2.setPassword(password);
  }

  public String getDescription() {
    return h2.getDescription();
  }

  public void setDescription(String description) {
    h2.setDescription(description);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return h2.getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return h2.getConnection(user, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return h2.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    h2.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    h2.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return h2.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return h2.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("H2DataSource is not a " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
