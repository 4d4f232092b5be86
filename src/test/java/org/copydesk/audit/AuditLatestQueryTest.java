package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query the audit writer runs before every entry it appends ({@link AuditWriter#latest}), run
 * through EclipseLink against H2 with the schema of the real migrations and two stories of 400
 * entries: it finds the latest entry, and H2 answers the SQL EclipseLink sent by reading one index
 * entry, however many entries the story has.
 */
class AuditLatestQueryTest {

  private static final String URL = "jdbc:h2:mem:auditlatest;DB_CLOSE_DELAY=-1";
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private Connection db;
  private EntityManagerFactory factory;
  private EntityManager em;
  private AuditWriter writer;
  private final List<AuditEntry.Link> heads = new ArrayList<>();

  @BeforeEach
  void migratedDatabaseWithTwoLongHistories() throws Exception {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(URL);
    source.setUser("sa");
    Flyway.configure().dataSource(source).locations("classpath:db/migration")
        .placeholders(Map.of("binary", "VARBINARY(8388608)")).load().migrate();
    db = source.getConnection();
    try (Statement s = db.createStatement()) {
      // The entries are the point here, not the stories they belong to.
      s.execute("SET REFERENTIAL_INTEGRITY FALSE");
    }
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO audit_entry (id, story_id, seq, created_at, actor, action, from_state, to_state, revision_number, comment, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      long id = 1;
      for (long story : new long[] {41, 42}) {
        AuditEntry.Link previous = null;
        for (int i = 1; i <= 400; i++) {
          AuditEntry e = AuditEntry.after(previous, story, AT.plusSeconds(i), "rita", "SAVE", "DRAFT", "DRAFT", i, null);
          insert.setLong(1, id++);
          insert.setLong(2, story);
          insert.setInt(3, e.getSeq());
          insert.setObject(4, e.getCreatedAt());
          insert.setString(5, e.getActor());
          insert.setString(6, e.getAction());
          insert.setString(7, e.getFromState());
          insert.setString(8, e.getToState());
          insert.setInt(9, e.getRevisionNumber());
          insert.setString(10, e.getComment());
          insert.setString(11, e.getPrevHash());
          insert.setString(12, e.getHash());
          insert.addBatch();
          previous = e.link();
        }
        heads.add(previous);
      }
      insert.executeBatch();
    }
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
    // The application's persistence unit, outside a server: its own connections to the same database.
    factory = Persistence.createEntityManagerFactory("copydesk", Map.of(
        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
        "jakarta.persistence.jtaDataSource", "",
        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
        "jakarta.persistence.jdbc.url", URL,
        "jakarta.persistence.jdbc.user", "sa",
        "jakarta.persistence.jdbc.password", ""));
    em = factory.createEntityManager();
    writer = new AuditWriter();
    Field field = AuditWriter.class.getDeclaredField("em");
    field.setAccessible(true);
    field.set(writer, em);
  }

  @AfterEach
  void drop() throws SQLException {
    em.close();
    factory.close();
    try (Statement s = db.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
    db.close();
  }

  @Test
  void findsTheStorysLatestEntry() {
    assertThat(writer.latest(41)).isEqualTo(heads.get(0));
    assertThat(writer.latest(42)).isEqualTo(heads.get(1)).extracting(AuditEntry.Link::seq).isEqualTo(400);
    assertThat(writer.latest(43)).as("a story without entries").isNull();
  }

  @Test
  void readsOneIndexEntryOfAFourHundredEntryHistory() throws SQLException {
    String sql;
    try (Statement s = db.createStatement()) {
      s.execute("SET QUERY_STATISTICS TRUE");
      writer.latest(42);
      try (ResultSet row = s.executeQuery(
          "SELECT SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT LIKE '%audit_entry%'")) {
        assertThat(row.next()).as("the statement EclipseLink sent").isTrue();
        sql = row.getString(1);
        assertThat(row.next()).isFalse();
      }
      s.execute("SET QUERY_STATISTICS FALSE");
    }
    try (PreparedStatement explain = db.prepareStatement("EXPLAIN ANALYZE " + sql)) {
      // The story, then the row limit and offset EclipseLink binds for one result.
      int[] values = {42, 1, 0};
      for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
        explain.setInt(i, values[i - 1]);
      }
      try (ResultSet plan = explain.executeQuery()) {
        assertThat(plan.next()).isTrue();
        assertThat(plan.getString(1))
            .contains("IX_AUDIT_LATEST")
            .contains("scanCount: 1 ")
            .contains("index sorted");
      }
    }
  }
}
