package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How many stories one state holds (V16). Changed only by {@link StateCounts#moved}, in one
 * statement in the database, never through this object; read as an entity so that reading the
 * counts is an ordinary query: read through a native statement, every desk render opened a
 * database transaction of its own and committed it (two commits per render in the benchmark's SQL
 * count, session 17).
 */
@Entity
@Table(name = "story_state_count")
public class StateCount {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16, nullable = false, updatable = false)
  private StoryState state;

  @Column(name = "stories", nullable = false, updatable = false)
  private long stories;

  protected StateCount() {}

  public StoryState getState() {
    return state;
  }

  public long getStories() {
    return stories;
  }
}
