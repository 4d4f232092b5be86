package org.copydesk.factcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.copydesk.platform.ProviderHints;
import org.copydesk.story.ClaimFacts;
import org.copydesk.story.ClaimTally;
import org.copydesk.story.RevisionStored;

/**
 * Keeps the claims of every revision: when a revision is stored (in the same transaction) it
 * extracts the claims and carries the previous revision's verdicts over, writing rows only for
 * claims that are new or moved (see {@link CheckedClaim}); the workflow asks it for the tally that
 * gates sign-off.
 */
@ApplicationScoped
public class ClaimBook implements ClaimFacts {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  /** A row stands for the revisions from its first up to its last (open: up to the latest). */
  private static final String LIVE_AT =
      "c.revisionNumber <= :revision and (c.lastRevision is null or c.lastRevision >= :revision)";

  private final ClaimExtractor extractor = new ClaimExtractor();

  void onRevisionStored(@Observes RevisionStored stored) {
    int number = stored.number();
    List<CheckedClaim> open = number == 1 ? List.of() : open(stored.storyId());
    List<CheckedClaim> previous = stored.previousNumber() == 0 ? List.of()
        : stored.previousNumber() == number - 1 ? open : sameInstances(of(stored.storyId(), stored.previousNumber()), open);
    List<String> paragraphs = extractor.paragraphTexts(stored.blocks());
    ClaimCarryOver.Plan plan =
        ClaimCarryOver.plan(stored.storyId(), number, extractor.extractFromTexts(paragraphs), previous, open, paragraphs);
    close(plan.closed(), number - 1);
    plan.added().forEach(em::persist);
  }

  /**
   * The rows of an earlier revision, each open one as the instance {@code open} holds: the carry-over
   * keeps an open row by identity, and the open rows are read-only copies, not the managed ones.
   */
  private static List<CheckedClaim> sameInstances(List<CheckedClaim> rows, List<CheckedClaim> open) {
    Map<Long, CheckedClaim> openById = open.stream().collect(Collectors.toMap(CheckedClaim::getId, c -> c));
    return rows.stream().map(c -> openById.getOrDefault(c.getId(), c)).toList();
  }

  /**
   * The claims of the story's latest revision: the rows no later revision has closed. Read-only:
   * a save only compares them and copies verdicts from them, and the few that end are closed by
   * {@link #close}. Read as managed entities, each of the hundred or more rows of a 3,000-word
   * story was copied twice into the transaction and compared field by field at commit, for the
   * handful a save changes (bench/analysis.md, session 11: the comparing fell from 5.2 to 2.5% of
   * a save). A read-only read does not see claim changes the same transaction has not yet
   * committed; every verdict and split is a transaction of its own, before or after a save.
   */
  private List<CheckedClaim> open(long storyId) {
    return em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and c.lastRevision is null order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setHint(ProviderHints.READ_ONLY, "true")
        .setParameter("story", storyId)
        .getResultList();
  }

  /**
   * Ends open rows at revision {@code last} in one statement, in the database: the rows are
   * read-only copies, which keep {@code lastRevision == null} in memory. "Still open" in the
   * condition, and the count, make a row closed by anything else (the story row is locked, so
   * nothing should) roll the save back rather than move it.
   */
  private void close(List<CheckedClaim> rows, int last) {
    List<Long> ids = rows.stream().map(CheckedClaim::getId).distinct().toList();
    if (ids.isEmpty()) {
      return;
    }
    int closed = em.createQuery(
            "update CheckedClaim c set c.lastRevision = :last where c.id in :ids and c.lastRevision is null")
        .setParameter("last", last)
        .setParameter("ids", ids)
        .executeUpdate();
    if (closed != ids.size()) {
      throw new IllegalStateException(
          "closing " + ids.size() + " claims at revision " + last + " changed " + closed + " rows");
    }
  }

  public List<CheckedClaim> of(long storyId, int revisionNumber) {
    List<CheckedClaim> rows = em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and " + LIVE_AT
                + " order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setParameter("story", storyId)
        .setParameter("revision", revisionNumber)
        .getResultList();
    rows.forEach(c -> c.shownAt(revisionNumber));
    return rows;
  }

  public List<CheckedClaim> of(long storyId, int revisionNumber, ClaimStatus status) {
    List<CheckedClaim> rows = em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and " + LIVE_AT + " and c.status = :status"
                + " order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setParameter("story", storyId)
        .setParameter("revision", revisionNumber)
        .setParameter("status", status)
        .getResultList();
    rows.forEach(c -> c.shownAt(revisionNumber));
    return rows;
  }

  /**
   * A verdict on a claim of the current revision {@code current}. The row is split first when it
   * also stands for earlier revisions, so they keep the verdict they had.
   */
  public void judge(CheckedClaim claim, int current, ClaimStatus verdict, String note, String sourceUrl, String checker, OffsetDateTime at) {
    if (!claim.isLiveAt(current)) {
      throw new IllegalStateException("claim " + claim.getId() + " is not in revision " + current);
    }
    CheckedClaim earlier = claim.splitAt(current);
    if (earlier != null) {
      em.persist(earlier);
    }
    claim.shownAt(current).judge(verdict, note, sourceUrl, checker, at);
  }

  /** Demo data only: the demo fact-checker's verdict on every claim of a demo story's current revision. */
  public void verifyAllForDemo(long storyId, String checker, OffsetDateTime at) {
    int current = em.createQuery("select s.currentRevision.number from Story s where s.id = :id", Integer.class)
        .setParameter("id", storyId).getSingleResult();
    of(storyId, current).forEach(c -> judge(c, current, ClaimStatus.VERIFIED, "Checked for the demo newsroom.", null, checker, at));
  }

  @Override
  public ClaimTally tally(long storyId, int revisionNumber) {
    int unresolved = 0;
    int disputed = 0;
    for (Object[] row :
        em.createQuery(
                "select c.status, count(c) from CheckedClaim c where c.storyId = :story and " + LIVE_AT + " group by c.status",
                Object[].class)
            .setParameter("story", storyId)
            .setParameter("revision", revisionNumber)
            .getResultList()) {
      ClaimStatus status = (ClaimStatus) row[0];
      int count = ((Number) row[1]).intValue();
      if (!status.isResolved()) {
        unresolved += count;
      }
      if (status == ClaimStatus.DISPUTED) {
        disputed += count;
      }
    }
    return new ClaimTally(unresolved, disputed);
  }
}
