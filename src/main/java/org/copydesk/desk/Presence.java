package org.copydesk.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.copydesk.audit.AuditWriter;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.security.UserDirectory;
import org.copydesk.story.Story;
import org.copydesk.story.StoryRows;

/** Who is editing which story: heartbeats, the soft lock, and take-overs (which are audited). */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME})
public class Presence {

  /** What the editor page shows (a class: Jakarta EE 10's EL reads no records). */
  public static final class Status implements Serializable {
    private static final long serialVersionUID = 1L;
    private final boolean mine;
    private final String holderName;
    private final OffsetDateTime since;
    private final String takenOverBy;
    private final OffsetDateTime takenAt;

    Status(boolean mine, String holderName, OffsetDateTime since, String takenOverBy, OffsetDateTime takenAt) {
      this.mine = mine;
      this.holderName = holderName;
      this.since = since;
      this.takenOverBy = takenOverBy;
      this.takenAt = takenAt;
    }

    public boolean isMine() {
      return mine;
    }

    /** Who else holds the lock; null when the caller does (the page then shows no notice). */
    public String getHolderName() {
      return holderName;
    }

    public OffsetDateTime getSince() {
      return since;
    }

    /** Set when the caller held the lock and someone took it over. */
    public String getTakenOverBy() {
      return takenOverBy;
    }

    public OffsetDateTime getTakenAt() {
      return takenAt;
    }

    public String getSinceText() {
      return since == null ? "" : HH_MM.format(since.withOffsetSameInstant(ZoneOffset.UTC));
    }

    public String getTakenAtText() {
      return takenAt == null ? "" : HH_MM.format(takenAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
  }

  private static final java.time.format.DateTimeFormatter HH_MM = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  @Inject
  private UserDirectory users;

  @Inject
  private AuditWriter audit;

  public Status heartbeat(long storyId) {
    Actor actor = Actors.of(session);
    String me = actor.username();
    OffsetDateTime now = now();
    Story story = story(storyId, actor);
    // Nearly every heartbeat finds the row as it should stay (see StoryPresence.beatChangesNothing):
    // those read it without a lock and write nothing. Only one that changes it takes the lock.
    StoryPresence seen = em.find(StoryPresence.class, storyId);
    if (seen != null && seen.beatChangesNothing(me, now)) {
      return status(seen, me, seen.getHolder().equals(me));
    }
    StoryPresence presence = seen == null ? lockedPresence(storyId) : locked(seen);
    if (presence == null) {
      em.persist(new StoryPresence(story.getId(), me, now));
      return new Status(true, null, now, null, null);
    }
    return status(presence, me, !presence.wasTakenFrom(me) && presence.beat(me, now));
  }

  /**
   * What the caller is shown. The holder's name is looked up in the user directory only when it is
   * shown, that is when someone else holds the lock: not on the holder's own opens and polls.
   */
  private Status status(StoryPresence presence, String me, boolean mine) {
    boolean takenFromMe = presence.wasTakenFrom(me);
    String holderName = mine ? null : name(presence.getHolder());
    return new Status(mine, holderName, presence.getSince(),
        takenFromMe ? holderName : null, takenFromMe ? presence.getTakenAt() : null);
  }

  public Status takeOver(long storyId) {
    Actor actor = Actors.of(session);
    String me = actor.username();
    OffsetDateTime now = now();
    Story story = story(storyId, actor);
    StoryPresence presence = lockedPresence(storyId);
    if (presence == null) {
      em.persist(new StoryPresence(story.getId(), me, now));
    } else if (!me.equals(presence.getHolder())) {
      String previous = presence.takeOver(me, now);
      audit.append(storyId, now, me, "TAKE_OVER", story.getState().name(), story.getState().name(),
          story.getCurrentRevision().getNumber(), "editing taken over from " + previous);
    }
    return new Status(true, null, now, null, null);
  }

  /**
   * The presence row, locked. When there is none yet, the story row is locked first, so two
   * people opening a story at the same moment do not both create one.
   */
  private StoryPresence lockedPresence(long storyId) {
    StoryPresence presence = em.find(StoryPresence.class, storyId, LockModeType.PESSIMISTIC_WRITE);
    if (presence == null) {
      em.find(Story.class, storyId, LockModeType.PESSIMISTIC_WRITE);
      presence = em.find(StoryPresence.class, storyId, LockModeType.PESSIMISTIC_WRITE);
    }
    return presence;
  }

  /** The row read a moment ago, read again under its lock: someone may have changed it since. */
  private StoryPresence locked(StoryPresence seen) {
    em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
    return seen;
  }

  private Story story(long storyId, Actor actor) {
    return Story.requireVisible(StoryRows.readOnly(em, storyId), storyId, actor);
  }

  private String name(String username) {
    return users.find(username).map(u -> u.getDisplayName()).orElse(username);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
