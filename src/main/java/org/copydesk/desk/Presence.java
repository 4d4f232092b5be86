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
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.security.UserDirectory;
import org.copydesk.story.Story;

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
    String me = Actors.of(session).username();
    OffsetDateTime now = now();
    Story story = story(storyId);
    StoryPresence presence = lockedPresence(storyId);
    if (presence == null) {
      em.persist(new StoryPresence(story.getId(), me, now));
      return new Status(true, name(me), now, null, null);
    }
    boolean wasTakenFromMe = me.equals(presence.getTakenFrom()) && !me.equals(presence.getHolder());
    boolean mine = !wasTakenFromMe && presence.beat(me, now);
    // One look-up in the user directory per heartbeat, for the holder shown either way.
    String holderName = name(presence.getHolder());
    return new Status(mine, holderName, presence.getSince(),
        wasTakenFromMe ? holderName : null, wasTakenFromMe ? presence.getTakenAt() : null);
  }

  public Status takeOver(long storyId) {
    String me = Actors.of(session).username();
    OffsetDateTime now = now();
    Story story = story(storyId);
    StoryPresence presence = lockedPresence(storyId);
    if (presence == null) {
      em.persist(new StoryPresence(story.getId(), me, now));
    } else if (!me.equals(presence.getHolder())) {
      String previous = presence.takeOver(me, now);
      audit.append(storyId, now, me, "TAKE_OVER", story.getState().name(), story.getState().name(),
          story.getCurrentRevision().getNumber(), "editing taken over from " + previous);
    }
    return new Status(true, name(me), now, null, null);
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

  private Story story(long storyId) {
    return Story.requireVisible(em.find(Story.class, storyId), storyId, Actors.of(session));
  }

  private String name(String username) {
    return users.find(username).map(u -> u.getDisplayName()).orElse(username);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
