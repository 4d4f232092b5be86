package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query the audit writer runs before every entry it appends, as EclipseLink sends it to H2
 * (with the schema of the real migrations): it must read one index entry however many entries the
 * story has, and find the latest one.
 */
class AuditLatestQueryTest {

  /** {@code AuditWriter.latest}'s JPQL as EclipseLink's H2 platform prints it with a row limit. */
  private static final String LATEST =
      "SELECT SEQ AS a1, HASH AS a2 FROM audit_entry WHERE (STORY_ID = ?) ORDER BY STORY_ID, SEQ DESC LIMIT ? OFFSET ?";

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private Connection db;

  @BeforeEach
  void migratedDatabaseWithTwoLongHistories() throws SQLException {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:auditlatest;DB_CLOSE_DELAY=-1");
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
      }
      insert.executeBatch();
    }
    try (Statement s = db.createStatement()) {
      s.execute("ANALYZE");
    }
  }

  @AfterEach
  void drop() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("DROP ALL OBJECTS");
    }
    db.close();
  }

  @Test
  void findsTheStorysLatestEntry() throws SQLException {
    try (PreparedStatement q = bound(LATEST, 41); ResultSet row = q.executeQuery()) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt(1)).isEqualTo(400);
      assertThat(row.getString(2)).isEqualTo(hashOf(41, 400));
      assertThat(row.next()).isFalse();
    }
    try (PreparedStatement q = bound(LATEST, 43); ResultSet row = q.executeQuery()) {
      assertThat(row.next()).as("a story without entries").isFalse();
    }
  }

  @Test
  void readsOneIndexEntryOfAFourHundredEntryHistory() throws SQLException {
    try (PreparedStatement q = bound("EXPLAIN ANALYZE " + LATEST, 42); ResultSet plan = q.executeQuery()) {
      assertThat(plan.next()).isTrue();
      assertThat(plan.getString(1))
          .contains("IX_AUDIT_LATEST")
          .contains("scanCount: 1 ")
          .contains("index sorted");
    }
  }

  private PreparedStatement bound(String sql, long story) throws SQLException {
    PreparedStatement q = db.prepareStatement(sql);
    q.setLong(1, story);
    q.setInt(2, 1);
    q.setInt(3, 0);
    return q;
  }

  private String hashOf(long story, int seq) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT hash FROM audit_entry WHERE story_id = ? AND seq = ?")) {
      q.setLong(1, story);
      q.setInt(2, seq);
      try (ResultSet row = q.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }
}
