package org.copydesk.publish;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.copydesk.story.StoryLedger;
import org.copydesk.story.StoryState;

/** One scheduled story published in a transaction of its own, so one failure stops no other. */
@Stateless
public class ScheduledRelease {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private StoryLedger ledger;

  public List<Long> due(OffsetDateTime now) {
    return em.createQuery(
            "select s.id from Story s where s.state = :scheduled and s.scheduledFor <= :now order by s.scheduledFor", Long.class)
        .setParameter("scheduled", StoryState.SCHEDULED)
        .setParameter("now", now)
        .setMaxResults(500)
        .getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean release(long storyId, OffsetDateTime now) {
    return ledger.releaseIfDue(storyId, now);
  }
}
