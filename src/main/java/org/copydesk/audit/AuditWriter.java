package org.copydesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Appends entries. Runs only inside the transaction that changed the story, whose row that
 * transaction has locked, so a story's entries are appended one after the other and the chain
 * cannot fork. There is deliberately no method that changes or removes an entry.
 */
@ApplicationScoped
public class AuditWriter {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry append(
      long storyId,
      OffsetDateTime at,
      String actor,
      String action,
      String fromState,
      String toState,
      Integer revisionNumber,
      String comment) {
    AuditEntry previous =
        em.createQuery("select a from AuditEntry a where a.storyId = :story order by a.seq desc", AuditEntry.class)
            .setParameter("story", storyId)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    AuditEntry entry =
        AuditEntry.after(previous, storyId, at, actor, action, fromState, toState, revisionNumber, comment);
    em.persist(entry);
    return entry;
  }

  /** A story's entries in order; callers outside this package go through {@link AuditTrail}. */
  public List<AuditEntry> entries(long storyId) {
    return em.createQuery("select a from AuditEntry a where a.storyId = :story order by a.seq", AuditEntry.class)
        .setParameter("story", storyId)
        .getResultList();
  }
}
