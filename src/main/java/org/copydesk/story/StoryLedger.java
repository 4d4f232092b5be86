package org.copydesk.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.copydesk.audit.AuditWriter;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.UnavailableException;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;

/**
 * Carries out creating, saving and transitions for a known actor inside the caller's transaction:
 * lock the story row, let the aggregate decide, store, append the audit entry. Callers are the
 * {@code StoryWorkflow} EJB, which learns the actor from the security context, and set-up code
 * that runs as a named demo user; both get exactly the same rules.
 */
@ApplicationScoped
public class StoryLedger {

  private static final Logger LOG = Logger.getLogger(StoryLedger.class.getName());

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private RevisionStore revisions;

  @Inject
  private AuditWriter audit;

  @Inject
  private Event<RevisionStored> revisionStored;

  @Inject
  private ClaimFacts claimFacts;

  @Inject
  private StateCounts stateCounts;

  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView create(Actor actor, RevisionDraft draft, OffsetDateTime now) {
    if (!actor.has(Role.REPORTER) && !actor.has(Role.EDITOR)) {
      throw new TransitionRefusedException("CREATE", Refusal.ROLE_NOT_ALLOWED);
    }
    return createStory(actor, draft, now);
  }

  private StoryView createStory(Actor actor, RevisionDraft draft, OffsetDateTime now) {
    CleanDraft cleanDraft = BodyPolicy.clean(draft);
    RevisionDraft clean = cleanDraft.draft();
    // Asked before the story is persisted: the query flushes, and the row needs its slug.
    String slug = Slugs.of(clean.headline());
    boolean taken =
        em.createQuery("select count(s) from Story s where s.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult()
            > 0;
    Story story = new Story(actor.username(), now);
    em.persist(story);
    story.assignSlug(taken ? slug + "-" + story.getId() : slug);
    // The story row must exist before its first revision points at it; the revision then
    // becomes the story's current one in an update.
    em.flush();
    Revision first = revisions.append(story, null, cleanDraft, actor, now);
    story.acceptFirstRevision(first, now);
    stateCounts.moved(story.getReporter(), null, story.getState());
    revisionStored.fire(new RevisionStored(story.getId(), 1, 0, cleanDraft.blocks(), actor.username()));
    audit.append(story.getId(), now, actor.username(), "CREATE", null, story.getState().name(), 1, clean.note());
    return StoryView.of(story, cleanDraft.keptAsSent());
  }

  /**
   * Saves the next revision on top of {@code baseRevision}. A stale base is refused with the
   * draft handed back; a draft identical to the current revision writes nothing (so pressing Save
   * twice does not undo an approval).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView save(Actor actor, long storyId, int baseRevision, RevisionDraft draft, OffsetDateTime now) {
    Story story = lockVisible(actor, storyId);
    Refusal refusal = story.editRefusal(actor);
    if (refusal != null) {
      throw new TransitionRefusedException("SAVE", refusal);
    }
    int current = story.getCurrentRevision().getNumber();
    if (baseRevision != current) {
      throw new StaleRevisionException(draft, baseRevision, current);
    }
    CleanDraft cleanDraft = BodyPolicy.clean(draft);
    RevisionDraft clean = cleanDraft.draft();
    StoryState from = story.getState();
    Revision next = revisions.append(story, baseRevision, cleanDraft, actor, now);
    if (next == null) {
      return StoryView.of(story, cleanDraft.keptAsSent());
    }
    story.acceptRevision(next, actor, now);
    stateCounts.moved(story.getReporter(), from, story.getState());
    revisionStored.fire(new RevisionStored(story.getId(), next.getNumber(), baseRevision, cleanDraft.blocks(), actor.username()));
    audit.append(
        story.getId(), now, actor.username(), "SAVE", from.name(), story.getState().name(), next.getNumber(), clean.note());
    return StoryView.of(story, cleanDraft.keptAsSent());
  }

  /** Applies a transition; the fact-check tally of the current revision is read under the row lock. */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView transition(Actor actor, long storyId, Transition transition, TransitionRequest request, OffsetDateTime now) {
    Story story = lockVisible(actor, storyId);
    ClaimTally claims = claimFacts.tally(storyId, story.getCurrentRevision().getNumber());
    StoryState from = story.apply(transition, actor, request, claims, now);
    stateCounts.moved(story.getReporter(), from, story.getState());
    if (transition == Transition.CORRECT) {
      em.persist(new CorrectionNotice(story, request.correctionKind(), request.comment().strip(), actor.username(), now));
    }
    audit.append(
        story.getId(),
        now,
        actor.username(),
        transition.name(),
        from.name(),
        story.getState().name(),
        story.getCurrentRevision().getNumber(),
        auditComment(transition, request));
    return StoryView.of(story);
  }

  /** The name the audit trail gives the server when it acts on its own, as for scheduled publication. */
  public static final String SYSTEM_ACTOR = "system";

  /**
   * Publishes a scheduled story whose time has come. Several app instances may try at once: the row
   * lock queues them and all but the first find the story no longer scheduled, so it is published
   * exactly once.
   *
   * @return whether this call published it
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean releaseIfDue(long storyId, OffsetDateTime now) {
    Story story = em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
    if (story == null) {
      return false;
    }
    Refusal refusal = story.releaseRefusal(now);
    if (refusal != null) {
      if (refusal != Refusal.WRONG_STATE && refusal != Refusal.NOT_DUE) {
        LOG.warning(() -> "Scheduled story " + storyId + " not published: " + refusal);
      }
      return false;
    }
    StoryState from = story.release(now);
    stateCounts.moved(story.getReporter(), from, story.getState());
    audit.append(
        storyId, now, SYSTEM_ACTOR, "PUBLISH", from.name(), story.getState().name(), story.getCurrentRevision().getNumber(),
        "scheduled for " + story.getScheduledFor());
    return true;
  }

  /**
   * Records an embargo (or lifts it with {@code null}): wire material that must not be published
   * before a time. Editors only; the time is checked again at publication.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView embargo(Actor actor, long storyId, OffsetDateTime until, OffsetDateTime now) {
    if (!actor.has(Role.EDITOR)) {
      throw new TransitionRefusedException("EMBARGO", Refusal.ROLE_NOT_ALLOWED);
    }
    Story story = lockVisible(actor, storyId);
    story.embargoUntil(until);
    audit.append(
        storyId, now, actor.username(), "EMBARGO", story.getState().name(), story.getState().name(),
        story.getCurrentRevision().getNumber(), until == null ? "embargo lifted" : "embargoed until " + until);
    return StoryView.of(story);
  }

  /** The story a wire item became, if it is already on the desk. */
  public java.util.Optional<Long> storyForWire(String wireId) {
    return em.createQuery("select s.id from Story s where s.wire.wireId = :wire", Long.class)
        .setParameter("wire", wireId)
        .getResultStream()
        .findFirst();
  }

  /**
   * A new DRAFT from a wire item, remembering where it came from. Who may ingest is the wire desk's
   * rule (editors and administrators); the person who took it in owns the draft.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView createFromWire(
      Actor actor, RevisionDraft draft, WireProvenance provenance, OffsetDateTime embargo, OffsetDateTime now) {
    StoryView created = createStory(actor, draft, now);
    Story story = em.find(Story.class, created.id());
    story.receivedFromWire(provenance);
    story.embargoUntil(embargo);
    auditWire(story, actor, now, "received");
    return StoryView.of(story);
  }

  /**
   * A newer version of a wire item already on the desk: a new revision on top of the current one,
   * which reopens review as any edit does (or is a correction draft of a published story).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView updateFromWire(
      Actor actor, long storyId, RevisionDraft draft, WireProvenance provenance, OffsetDateTime embargo, OffsetDateTime now) {
    Story story = lockVisible(actor, storyId);
    save(actor, storyId, story.getCurrentRevision().getNumber(), draft, now);
    story.receivedFromWire(provenance);
    story.embargoUntil(embargo);
    auditWire(story, actor, now, "new version");
    return StoryView.of(story);
  }

  /** The wire canceled or withheld the item: the story is flagged and can no longer be published. */
  @Transactional(Transactional.TxType.MANDATORY)
  public StoryView withdrawnByWire(Actor actor, long storyId, String status, OffsetDateTime now) {
    Story story = lockVisible(actor, storyId);
    story.withdrawnByWire(status);
    auditWire(story, actor, now, "withdrawn (" + status + ")");
    return StoryView.of(story);
  }

  private void auditWire(Story story, Actor actor, OffsetDateTime now, String what) {
    WireProvenance w = story.getWire();
    audit.append(story.getId(), now, actor.username(), "WIRE", story.getState().name(), story.getState().name(),
        story.getCurrentRevision().getNumber(), what + ": " + w.getFormat() + " " + w.getWireId() + " version " + w.getVersion());
  }

  private static String auditComment(Transition transition, TransitionRequest request) {
    String comment = request.hasComment() ? request.comment().strip() : null;
    if (transition == Transition.SCHEDULE) {
      String when = "for " + request.scheduledFor();
      return comment == null ? when : when + ": " + comment;
    }
    if (transition == Transition.CORRECT) {
      return request.correctionKind() + ": " + comment;
    }
    return comment;
  }

  /**
   * Locks the story row for the rest of the transaction: concurrent saves and transitions of one
   * story queue here, so exactly one save wins per base revision and the audit chain never forks.
   */
  private Story lockVisible(Actor actor, long storyId) {
    Story story;
    try {
      story = em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException busy) {
      BusinessException refusal = LockFailure.isDatabaseUnavailable(busy)
          ? new UnavailableException("database.unavailable")
          : new BusinessException("story.busy", storyId);
      refusal.initCause(busy);
      throw refusal;
    }
    return Story.requireVisible(story, storyId, actor);
  }
}
