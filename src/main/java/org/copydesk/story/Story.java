package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.copydesk.platform.ForbiddenException;
import org.copydesk.platform.NotFoundException;
import org.copydesk.security.Actor;
import org.copydesk.security.Role;

/**
 * A story: its place in the workflow and pointers into its sequence of immutable revisions. The
 * approval and the sign-off are revision numbers, so they belong to exactly one revision: a later
 * save makes the current revision differ from them and publication impossible until the new
 * revision has been approved and signed off in turn.
 */
@Entity
@Table(name = "story")
public class Story {

  @Id
  @SequenceGenerator(name = "story_seq", sequenceName = "story_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_seq")
  private Long id;

  @Column(name = "slug", length = 120, nullable = false, unique = true, updatable = false)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16, nullable = false)
  private StoryState state = StoryState.DRAFT;

  @Column(name = "reporter", length = 64, nullable = false)
  private String reporter;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "current_revision_id")
  private Revision currentRevision;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "published_revision_id")
  private Revision publishedRevision;

  @Column(name = "approved_revision")
  private Integer approvedRevision;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "signed_off_revision")
  private Integer signedOffRevision;

  @Column(name = "signed_off_by", length = 64)
  private String signedOffBy;

  @Column(name = "scheduled_for")
  private OffsetDateTime scheduledFor;

  @Column(name = "embargo_until")
  private OffsetDateTime embargoUntil;

  @Column(name = "kill_reason", length = 2000)
  private String killReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Embedded
  private WireProvenance wire;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Story() {}

  public Story(String reporter, OffsetDateTime now) {
    this.reporter = reporter;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The slug is given once, before the story row is first written, and never changes. */
  void assignSlug(String slug) {
    if (this.slug != null) {
      throw new IllegalStateException("a story's slug never changes");
    }
    this.slug = slug;
  }

  /** Who may add a revision in the story's present state; {@code null} when this actor may. */
  public Refusal editRefusal(Actor actor) {
    return switch (state) {
      case SPIKED, KILLED -> Refusal.CONTENT_FROZEN;
      case DRAFT, EDITING -> {
        if (actor.has(Role.EDITOR)) {
          yield null;
        }
        if (!actor.has(Role.REPORTER)) {
          yield Refusal.ROLE_NOT_ALLOWED;
        }
        yield actor.is(reporter) ? null : Refusal.NOT_YOUR_STORY;
      }
      case FACT_CHECK, READY, SCHEDULED, PUBLISHED -> actor.has(Role.EDITOR) ? null : Refusal.ROLE_NOT_ALLOWED;
    };
  }

  /**
   * Makes a freshly stored revision the current one. Any save after approval or sign-off sends the
   * story back to EDITING (the approval stays recorded against its own revision number); a save on
   * a published story is a correction draft and leaves the published revision live.
   */
  void acceptRevision(Revision revision, Actor actor, OffsetDateTime now) {
    Refusal refusal = editRefusal(actor);
    if (refusal != null) {
      throw new TransitionRefusedException("SAVE", refusal);
    }
    if (currentRevision != null && revision.getNumber() != currentRevision.getNumber() + 1) {
      throw new IllegalStateException("revision numbers must follow one another");
    }
    if (state == StoryState.SCHEDULED) {
      scheduledFor = null;
    }
    state = state.afterSave();
    currentRevision = revision;
    updatedAt = now;
  }

  /**
   * The first revision of a new story. Who may create a story is the creating service's rule
   * (reporters and editors write; editors and administrators take in wire copy), not the edit
   * rule of a state.
   */
  void acceptFirstRevision(Revision first, OffsetDateTime now) {
    if (currentRevision != null || first.getNumber() != 1) {
      throw new IllegalStateException("only a new story takes a first revision");
    }
    currentRevision = first;
    updatedAt = now;
  }

  /** Applies a transition after checking it; throws when the workflow refuses it. */
  public StoryState apply(
      Transition transition, Actor actor, TransitionRequest request, ClaimTally claims, OffsetDateTime now) {
    Refusal refusal = transition.check(this, actor, request, claims, now);
    if (refusal != null) {
      throw new TransitionRefusedException(transition.name(), refusal, refusalArgument(refusal));
    }
    StoryState from = state;
    switch (transition) {
      case APPROVE -> {
        approvedRevision = currentRevision.getNumber();
        approvedBy = actor.username();
      }
      case SIGN_OFF -> {
        signedOffRevision = currentRevision.getNumber();
        signedOffBy = actor.username();
      }
      case PUBLISH -> publish(now);
      case SCHEDULE -> scheduledFor = request.scheduledFor();
      case UNSCHEDULE -> scheduledFor = null;
      case CORRECT -> {
        // The second editor's approval is the approval of the correction revision.
        approvedRevision = currentRevision.getNumber();
        approvedBy = actor.username();
        publishedRevision = currentRevision;
      }
      case KILL -> {
        killReason = request.comment().strip();
        scheduledFor = null;
      }
      default -> {
        // SUBMIT, RETURN, SEND_BACK, SPIKE, UNSPIKE change the state only.
      }
    }
    state = transition.to();
    updatedAt = now;
    return from;
  }

  /**
   * Whether the server may publish a scheduled story now: it must still be scheduled, due, and
   * publishable (approvals pinned to the current revision, credits, no embargo).
   */
  public Refusal releaseRefusal(OffsetDateTime now) {
    if (state != StoryState.SCHEDULED) {
      return Refusal.WRONG_STATE;
    }
    if (scheduledFor == null || scheduledFor.isAfter(now)) {
      return Refusal.NOT_DUE;
    }
    return publicationRefusal(now);
  }

  /**
   * The scheduled publication, made by the server at the time (not a user's transition). The
   * scheduled time stays on the story as the record of when it was meant to go out.
   */
  public StoryState release(OffsetDateTime now) {
    Refusal refusal = releaseRefusal(now);
    if (refusal != null) {
      throw new TransitionRefusedException("RELEASE", refusal, refusalArgument(refusal));
    }
    OffsetDateTime meantFor = scheduledFor;
    publish(now);
    scheduledFor = meantFor;
    state = StoryState.PUBLISHED;
    updatedAt = now;
    return StoryState.SCHEDULED;
  }

  private void publish(OffsetDateTime now) {
    publishedRevision = currentRevision;
    publishedAt = now;
    scheduledFor = null;
  }

  private Object[] refusalArgument(Refusal refusal) {
    return refusal == Refusal.EMBARGO_IN_FORCE ? new Object[] {embargoUntil.toString()} : new Object[0];
  }

  /** What stands in the way of publishing the current revision at the given time, if anything. */
  Refusal publicationRefusal(OffsetDateTime at) {
    if (!isCurrentApproved()) {
      return Refusal.NOT_APPROVED_REVISION;
    }
    if (signedOffRevision == null || signedOffRevision != currentRevision.getNumber()) {
      return Refusal.NOT_SIGNED_OFF_REVISION;
    }
    if (!currentRevision.hasCompleteCredits()) {
      return Refusal.CREDITS_INCOMPLETE;
    }
    if (isWireMaterial() && wire.isWithdrawn()) {
      return Refusal.WIRE_WITHDRAWN;
    }
    if (isWireMaterial() && !currentRevision.hasWireCredit()) {
      return Refusal.WIRE_CREDIT_MISSING;
    }
    if (embargoUntil != null && at.isBefore(embargoUntil)) {
      return Refusal.EMBARGO_IN_FORCE;
    }
    return null;
  }

  public boolean isCurrentApproved() {
    return approvedRevision != null && approvedRevision == currentRevision.getNumber();
  }

  public boolean hasPendingCorrection() {
    return state == StoryState.PUBLISHED
        && publishedRevision != null
        && currentRevision.getNumber() > publishedRevision.getNumber();
  }

  /** Whether the actor may see this story at all: reporters see other reporters' work only once it left DRAFT. */
  /**
   * The story when the actor may see it: an unknown id is 404, someone else's draft 403 (ids are
   * sequential, so hiding that a draft exists would protect nothing; saying it is not yours is
   * clearer, and the refusal is logged).
   */
  public static Story requireVisible(Story story, long storyId, Actor actor) {
    if (story == null) {
      throw new NotFoundException("story.notFound", storyId);
    }
    if (!story.isVisibleTo(actor)) {
      throw new ForbiddenException("story.forbidden", storyId);
    }
    return story;
  }

  public boolean isVisibleTo(Actor actor) {
    if (actor.has(Role.EDITOR) || actor.has(Role.ADMIN) || actor.is(reporter)) {
      return true;
    }
    return state != StoryState.DRAFT && (actor.has(Role.REPORTER) || actor.has(Role.FACT_CHECKER));
  }

  void embargoUntil(OffsetDateTime until) {
    this.embargoUntil = until;
  }

  /** Records what the wire sent with this story's latest version. */
  void receivedFromWire(WireProvenance provenance) {
    this.wire = provenance;
  }

  /** The wire withdrew the item: the story stays, flagged, and cannot be published. */
  void withdrawnByWire(String status) {
    this.wire = wire.withStatus(status);
  }

  public boolean isWireMaterial() {
    return wire != null && wire.getWireId() != null;
  }

  public WireProvenance getWire() {
    return wire;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public StoryState getState() {
    return state;
  }

  public String getReporter() {
    return reporter;
  }

  public Revision getCurrentRevision() {
    return currentRevision;
  }

  public Revision getPublishedRevision() {
    return publishedRevision;
  }

  public Integer getApprovedRevision() {
    return approvedRevision;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Integer getSignedOffRevision() {
    return signedOffRevision;
  }

  public String getSignedOffBy() {
    return signedOffBy;
  }

  public OffsetDateTime getScheduledFor() {
    return scheduledFor;
  }

  public OffsetDateTime getEmbargoUntil() {
    return embargoUntil;
  }

  public String getKillReason() {
    return killReason;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public long getVersion() {
    return version;
  }
}
