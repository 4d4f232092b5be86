package org.copydesk.desk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The soft lock on a story: who is editing it since when, alive while heartbeats keep coming. It
 * never blocks a save (the stale-revision check does that); it tells people about each other.
 */
@Entity
@Table(name = "story_presence")
public class StoryPresence {

  /** Without a heartbeat for this long, the lock is free again. */
  public static final Duration EXPIRY = Duration.ofMinutes(2);

  @Id
  @Column(name = "story_id")
  private Long storyId;

  @Column(name = "holder", length = 64, nullable = false)
  private String holder;

  @Column(name = "since", nullable = false)
  private OffsetDateTime since;

  @Column(name = "last_seen", nullable = false)
  private OffsetDateTime lastSeen;

  @Column(name = "taken_from", length = 64)
  private String takenFrom;

  @Column(name = "taken_at")
  private OffsetDateTime takenAt;

  protected StoryPresence() {}

  StoryPresence(long storyId, String holder, OffsetDateTime now) {
    this.storyId = storyId;
    this.holder = holder;
    this.since = now;
    this.lastSeen = now;
  }

  /**
   * How old the holder's last written heartbeat may be before their next one is written. A
   * quarter of {@link #EXPIRY}: the editor beats every 15 s, so every other poll of the holder's
   * is written, written beats are less than 45 s apart, and the lock never lapses while the editor
   * is open. The holder's re-opens within 30 s, and every heartbeat of the others in the story
   * while the holder is active, write nothing (no row lock, no commit to disk).
   */
  static final Duration REFRESH_AFTER = Duration.ofSeconds(30);

  /**
   * Whether a heartbeat from {@code user} at {@code now} would leave the row as it is: the
   * holder's own while their last one is recent, anyone else's while the holder is active, and
   * that of the one the lock was taken from (who is told, not made holder again). Such a
   * heartbeat needs neither the row's lock nor a write, so the people looking at one story do not
   * queue behind each other.
   */
  boolean beatChangesNothing(String user, OffsetDateTime now) {
    if (holder.equals(user)) {
      return lastSeen.plus(REFRESH_AFTER).isAfter(now);
    }
    return wasTakenFrom(user) || isActiveAt(now);
  }

  /** Whether {@code user} held the lock until someone took it over, and has not got it back. */
  boolean wasTakenFrom(String user) {
    return user.equals(takenFrom) && !user.equals(holder);
  }

  boolean isActiveAt(OffsetDateTime now) {
    return lastSeen.plus(EXPIRY).isAfter(now);
  }

  /** A heartbeat from {@code user}: keeps their lock, or takes a free one. */
  boolean beat(String user, OffsetDateTime now) {
    if (holder.equals(user)) {
      lastSeen = now;
      return true;
    }
    if (!isActiveAt(now)) {
      holder = user;
      since = now;
      lastSeen = now;
      takenFrom = null;
      takenAt = null;
      return true;
    }
    return false;
  }

  String takeOver(String user, OffsetDateTime now) {
    String previous = holder;
    takenFrom = previous;
    takenAt = now;
    holder = user;
    since = now;
    lastSeen = now;
    return previous;
  }

  public String getHolder() {
    return holder;
  }

  public OffsetDateTime getSince() {
    return since;
  }

  public String getTakenFrom() {
    return takenFrom;
  }

  public OffsetDateTime getTakenAt() {
    return takenAt;
  }

  OffsetDateTime getLastSeen() {
    return lastSeen;
  }
}
