package org.copydesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import org.junit.jupiter.api.Test;

class H2DataSourceTest {

  @Test
  void isAPlainDataSourceSoNeitherServerEnlistsItAsAnXaResource() {
    // Both servers choose how to pool and enlist a data source class by the interfaces it has.
    assertThat(new H2DataSource())
        .isInstanceOf(DataSource.class)
        .isNotInstanceOf(XADataSource.class)
        .isNotInstanceOf(ConnectionPoolDataSource.class);
  }

  @Test
  void addsTheSettingsCopydeskReliesOnToAnAddressWithoutThem() {
    assertThat(H2DataSource.withSettings("jdbc:h2:./copydesk"))
        .isEqualTo("jdbc:h2:./copydesk;WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64");
  }

  @Test
  void keepsASettingTheAddressNamesItself() {
    assertThat(H2DataSource.withSettings("jdbc:h2:./copydesk;lock_timeout=500"))
        .isEqualTo("jdbc:h2:./copydesk;lock_timeout=500;WRITE_DELAY=0;QUERY_CACHE_SIZE=64");
    assertThat(H2DataSource.withSettings("jdbc:h2:mem:x;WRITE_DELAY=100;LOCK_TIMEOUT=1;QUERY_CACHE_SIZE=8"))
        .isEqualTo("jdbc:h2:mem:x;WRITE_DELAY=100;LOCK_TIMEOUT=1;QUERY_CACHE_SIZE=8");
  }

  @Test
  void refusesAMissingAddress() {
    assertThatThrownBy(() -> H2DataSource.withSettings(" ")).hasMessageContaining("jdbc:h2:");
    assertThatThrownBy(() -> new H2DataSource().setUrl(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void handsOutPlainConnectionsWithTheSettingsApplied() throws SQLException {
    H2DataSource source = new H2DataSource();
    // Both spellings of the property, as Payara and WildFly set it.
    source.setUrl("jdbc:h2:mem:h2datasourcetest;DB_CLOSE_DELAY=-1");
    source.setURL(source.getUrl());
    source.setUser("copydesk");
    source.setPassword("copydesk");
    try (Connection connection = source.getConnection()) {
      // Not H2's pooled XA connection, whose every call takes a lock: the point of this class.
      assertThat(connection).isNotInstanceOf(XAConnection.class);
      assertThat(connection.getClass().getName()).isEqualTo("org.h2.jdbc.JdbcConnection");
      assertThat(setting(connection, "WRITE_DELAY")).isEqualTo("0");
      assertThat(value(connection, "select lock_timeout()")).isEqualTo("10000");
      assertThat(setting(connection, "QUERY_CACHE_SIZE")).isEqualTo("64");
      try (Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN");
      }
    }
    assertThat(source.getURL())
        .isEqualTo("jdbc:h2:mem:h2datasourcetest;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64");
  }

  private static String setting(Connection connection, String name) throws SQLException {
    return value(connection, "select setting_value from information_schema.settings where setting_name = '" + name + "'");
  }

  private static String value(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      assertThat(row.next()).as(query).isTrue();
      return row.getString(1);
    }
  }
}
