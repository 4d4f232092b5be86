package org.copydesk.factcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
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
        : stored.previousNumber() == number - 1 ? open : of(stored.storyId(), stored.previousNumber());
    List<String> paragraphs = stored.blocks().stream().map(ClaimExtractor::paragraphText).toList();
    ClaimCarryOver.Plan plan =
        ClaimCarryOver.plan(stored.storyId(), number, extractor.extractFromTexts(paragraphs), previous, open, paragraphs);
    plan.closed().forEach(c -> c.closeAt(number - 1));
    plan.added().forEach(em::persist);
  }

  /** The claims of the story's latest revision: the rows no later revision has closed. */
  private List<CheckedClaim> open(long storyId) {
    return em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and c.lastRevision is null order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setParameter("story", storyId)
        .getResultList();
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
