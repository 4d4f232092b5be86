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
}
