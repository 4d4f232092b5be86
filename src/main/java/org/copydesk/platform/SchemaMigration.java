package org.copydesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs. Flyway commits its own
 * work, so this bean manages no container transaction; several instances starting at once on one
 * PostgreSQL database are serialised by Flyway's lock.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/copydesk")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = flyway(dataSource, getClass().getClassLoader()).migrate();
    LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
  }

  /** Copydesk's migrations for this database; also what the tests that need the real schema run. */
  public static Flyway flyway(DataSource dataSource, ClassLoader classLoader) {
    boolean postgres = isPostgres(dataSource);
    return Flyway.configure(classLoader)
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(java.util.Map.of(
            "binary", postgres ? "BYTEA" : "VARBINARY(" + (8 * 1024 * 1024) + ")",
            "termCollation", postgres ? " COLLATE \"C\"" : ""))
        // Java migrations named here rather than found by scanning the class path, which differs
        // between the servers' class loaders.
        .javaMigrations(
            new org.copydesk.story.V20__Story_terms_filled(),
            new org.copydesk.story.V21__Story_terms_inside_unspaced_text(),
            new org.copydesk.story.V23__Current_paragraphs_filled())
        // An instance that starts while another migrates waits for it, however long a migration
        // takes (V20 reads every story once); Flyway's default gives up after 50 seconds and the
        // deployment fails.
        .lockRetryCount(-1)
        .load();
  }

  /**
   * What the databases spell differently: bytes of up to a few megabytes (BYTEA, VARBINARY), and
   * the collation that orders the search index's terms by code point (PostgreSQL's "C"; H2 orders
   * them by UTF-16 unit, in which the search's ranges are exact too: SearchTerms.upperBound).
   */
  private static boolean isPostgres(DataSource dataSource) {
    try (java.sql.Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate its schema", e);
    }
  }
}
