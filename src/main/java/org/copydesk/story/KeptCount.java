package org.copydesk.story;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A number of stories in one state, as {@link StateCounts} keeps it: for the newsroom
 * ({@link StateCount}) or for one reporter ({@link ReporterStateCount}). Changed only by
 * {@link StateCounts}, in statements of its own, never through this object.
 */
@MappedSuperclass
public abstract class KeptCount {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 16, nullable = false, updatable = false)
  private StoryState state;

  @Column(name = "stories", nullable = false, updatable = false)
  private long stories;

  protected KeptCount() {}

  public StoryState getState() {
    return state;
  }

  public long getStories() {
    return stories;
  }
}
