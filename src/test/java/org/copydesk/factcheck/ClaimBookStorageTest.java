package org.copydesk.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.platform.MigratedH2;
import org.copydesk.story.RevisionStored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim book's rows as a save leaves them, through EclipseLink on H2 with the real migrations:
 * a save reads the open claims read-only and closes the ones that end in one statement, so these
 * tests check the rows in the database, not the objects in memory.
 */
class ClaimBookStorageTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final long STORY = 7;
  private static final String STEADY = "The council approved 216,000 tonnes of gravel on Oct. 1, Mayor Evelyn Strand said.";
  private static final String CHANGING = "Roadworks will cost $4.2 million over three years.";
  private static final String CHANGED = "Roadworks will cost $5.1 million over four years.";

  private MigratedH2 h2;
  private EntityManager em;
  private ClaimBook book;

  @BeforeEach
  void story() throws Exception {
    h2 = new MigratedH2("claimbook");
    em = h2.entityManager();
    book = h2.inject(new ClaimBook());
    try (PreparedStatement insert = h2.connection().prepareStatement(
        "INSERT INTO story (id, slug, state, reporter, created_at, updated_at, version) VALUES (?, 'roadworks', 'DRAFT', 'rita', ?, ?, 1)")) {
      insert.setLong(1, STORY);
      insert.setObject(2, AT);
      insert.setObject(3, AT);
      insert.executeUpdate();
    }
  }

  @AfterEach
  void drop() throws SQLException {
    h2.close();
  }

  @Test
  void aChangedParagraphsClaimsEndAndTheOthersCarryOnWithTheirVerdicts() {
    store(1, 0, STEADY, CHANGING);
    inTransaction(() -> book.of(STORY, 1).stream()
        .filter(c -> c.getText().equals("216,000 tonnes"))
        .forEach(c -> book.judge(c, 1, ClaimStatus.VERIFIED, "Council minutes.", null, "fran", AT)));
    List<Long> steadyRows = idsIn(book.of(STORY, 1), 0);
    List<Long> changingRows = idsIn(book.of(STORY, 1), 1);
    assertThat(changingRows).isNotEmpty();

    store(2, 1, STEADY, CHANGED);
    em.clear();

    List<CheckedClaim> second = book.of(STORY, 2);
    assertThat(idsIn(second, 0)).as("the unchanged paragraph keeps its rows").isEqualTo(steadyRows);
    assertThat(second).filteredOn(c -> c.getText().equals("216,000 tonnes"))
        .singleElement().extracting(CheckedClaim::getStatus).isEqualTo(ClaimStatus.VERIFIED);
    assertThat(second).filteredOn(c -> c.getParagraph() == 1).extracting(CheckedClaim::getText).contains("$5.1 million");
    assertThat(idsIn(second, 1)).doesNotContainAnyElementsOf(changingRows);
    assertThat(book.of(STORY, 1)).as("revision 1 as it was checked").filteredOn(c -> c.getParagraph() == 1)
        .extracting(CheckedClaim::getId).containsExactlyElementsOf(changingRows);
    for (Long id : changingRows) {
      assertThat(em.find(CheckedClaim.class, id).getLastRevision()).as("closed in the database").isEqualTo(1);
    }
    for (Long id : steadyRows) {
      assertThat(em.find(CheckedClaim.class, id).getLastRevision()).as("still open").isNull();
    }
  }

  @Test
  void aSaveThatChangesNoClaimWritesNoClaimRow() {
    store(1, 0, STEADY, CHANGING);
    long rows = claimRows();
    store(2, 1, STEADY, CHANGING);
    store(3, 2, STEADY, CHANGING);
    em.clear();
    assertThat(claimRows()).isEqualTo(rows);
    assertThat(book.of(STORY, 3)).extracting(CheckedClaim::getId).containsExactlyElementsOf(
        book.of(STORY, 1).stream().map(CheckedClaim::getId).toList());
  }

  @Test
  void aRevisionEditedFromAnEarlierOneKeepsTheOpenRowsItShares() {
    store(1, 0, STEADY, CHANGING);
    List<Long> steadyRows = idsIn(book.of(STORY, 1), 0);
    store(2, 1, STEADY, CHANGED);
    List<Long> changedRows = idsIn(book.of(STORY, 2), 1);
    // Revision 3 is edited from revision 1, not from the latest: its first paragraph is the same
    // in both, so the open rows carry on; the second paragraph goes back to revision 1's text.
    store(3, 1, STEADY, CHANGING);
    em.clear();

    List<CheckedClaim> third = book.of(STORY, 3);
    assertThat(idsIn(third, 0)).isEqualTo(steadyRows);
    assertThat(idsIn(third, 1)).isNotEmpty().doesNotContainAnyElementsOf(changedRows);
    for (Long id : changedRows) {
      assertThat(em.find(CheckedClaim.class, id).getLastRevision()).isEqualTo(2);
    }
  }

  private void store(int number, int previous, String... paragraphs) {
    List<String> blocks = java.util.Arrays.stream(paragraphs).map(p -> "<p>" + p + "</p>").toList();
    inTransaction(() -> book.onRevisionStored(new RevisionStored(STORY, number, previous, blocks, "rita")));
  }

  private void inTransaction(Runnable work) {
    em.getTransaction().begin();
    work.run();
    em.getTransaction().commit();
  }

  private static List<Long> idsIn(List<CheckedClaim> claims, int paragraph) {
    return claims.stream().filter(c -> c.getParagraph() == paragraph).map(CheckedClaim::getId).toList();
  }

  private long claimRows() {
    return em.createQuery("select count(c) from CheckedClaim c", Long.class).getSingleResult();
  }
}
