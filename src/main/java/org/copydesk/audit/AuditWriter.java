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
    AuditEntry entry =
        AuditEntry.after(latest(storyId), storyId, at, actor, action, fromState, toState, revisionNumber, comment);
    em.persist(entry);
    return entry;
  }

  /** What {@link #latest} asks; {@code AuditLatestQueryTest} checks the plan H2 gives it. */
  static final String LATEST =
      "select a.seq, a.hash from AuditEntry a where a.storyId = :story order by a.storyId, a.seq desc";

  /**
   * The story's latest entry as a link, or null before its first. Reads only what the index
   * {@code ix_audit_latest} (story, seq descending, hash) holds, so the database reads one index
   * entry however long the story's history: selecting whole entries ordered by seq, H2 read and
   * sorted every entry of the story on each save (6 to 8% of a save at 485 entries, bench W3).
   * The leading {@code a.storyId} in the ordering is what lets H2 see the index as sorted.
   */
  AuditEntry.Link latest(long storyId) {
    return em.createQuery(LATEST, Object[].class)
        .setParameter("story", storyId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(row -> new AuditEntry.Link(((Number) row[0]).intValue(), (String) row[1]))
        .orElse(null);
  }

  /** A story's entries in order; callers outside this package go through {@link AuditTrail}. */
  public List<AuditEntry> entries(long storyId) {
    return em.createQuery("select a from AuditEntry a where a.storyId = :story order by a.seq", AuditEntry.class)
        .setParameter("story", storyId)
        .getResultList();
  }
}
