package org.copydesk.factcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.copydesk.story.BodyParagraphs;
import org.copydesk.story.ClaimFacts;
import org.copydesk.story.ClaimTally;
import org.copydesk.story.RevisionStored;

/**
 * Keeps the claims of every revision: when a revision is stored (in the same transaction) it
 * extracts the claims and carries the previous revision's verdicts over; the workflow asks it for
 * the tally that gates sign-off.
 */
@ApplicationScoped
public class ClaimBook implements ClaimFacts {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  private final ClaimExtractor extractor = new ClaimExtractor();

  void onRevisionStored(@Observes RevisionStored stored) {
    List<CheckedClaim> previous = stored.previousNumber() == 0 ? List.of() : of(stored.storyId(), stored.previousNumber());
    List<String> paragraphs = BodyParagraphs.split(stored.body()).stream().map(ClaimExtractor::paragraphText).toList();
    ClaimCarryOver.next(stored.storyId(), stored.number(), extractor.extract(stored.body()), previous, paragraphs)
        .forEach(em::persist);
  }

  public List<CheckedClaim> of(long storyId, int revisionNumber) {
    return em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and c.revisionNumber = :revision"
                + " order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setParameter("story", storyId)
        .setParameter("revision", revisionNumber)
        .getResultList();
  }

  public List<CheckedClaim> of(long storyId, int revisionNumber, ClaimStatus status) {
    return em.createQuery(
            "select c from CheckedClaim c where c.storyId = :story and c.revisionNumber = :revision and c.status = :status"
                + " order by c.paragraph, c.start, c.id",
            CheckedClaim.class)
        .setParameter("story", storyId)
        .setParameter("revision", revisionNumber)
        .setParameter("status", status)
        .getResultList();
  }

  /** Demo data only: the demo fact-checker's verdict on every claim of a demo story's current revision. */
  public void verifyAllForDemo(long storyId, String checker, OffsetDateTime at) {
    int current = em.createQuery("select s.currentRevision.number from Story s where s.id = :id", Integer.class)
        .setParameter("id", storyId).getSingleResult();
    of(storyId, current).forEach(c -> c.judge(ClaimStatus.VERIFIED, "Checked for the demo newsroom.", null, checker, at));
  }

  @Override
  public ClaimTally tally(long storyId, int revisionNumber) {
    int unresolved = 0;
    int disputed = 0;
    for (Object[] row :
        em.createQuery(
                "select c.status, count(c) from CheckedClaim c where c.storyId = :story and c.revisionNumber = :revision"
                    + " group by c.status",
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
