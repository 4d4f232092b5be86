package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.platform.MigratedH2;
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

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private MigratedH2 h2;
  private AuditWriter writer;
  private final List<AuditEntry.Link> heads = new ArrayList<>();

  @BeforeEach
  void migratedDatabaseWithTwoLongHistories() throws Exception {
    h2 = new MigratedH2("auditlatest");
    Connection db = h2.connection();
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
    h2.analyze();
    writer = h2.inject(new AuditWriter());
  }

  @AfterEach
  void drop() throws SQLException {
    h2.close();
  }

  @Test
  void findsTheStorysLatestEntry() {
    assertThat(writer.latest(41)).isEqualTo(heads.get(0));
    assertThat(writer.latest(42)).isEqualTo(heads.get(1)).extracting(AuditEntry.Link::seq).isEqualTo(400);
    assertThat(writer.latest(43)).as("a story without entries").isNull();
  }

  @Test
  void readsOneIndexEntryOfAFourHundredEntryHistory() throws SQLException {
    List<String> sql = h2.statementsOn("audit_entry", () -> writer.latest(42));
    assertThat(sql).as("the statement EclipseLink sent").hasSize(1);
    // The story, then the row limit and offset EclipseLink binds for one result.
    assertThat(h2.plan(sql.get(0), 42, 1, 0))
        .contains("IX_AUDIT_LATEST")
        .contains("scanCount: 1 ")
        .contains("index sorted");
  }
}
