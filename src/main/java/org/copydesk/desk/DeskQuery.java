package org.copydesk.desk;

import java.io.Serializable;
import java.time.LocalDate;
import org.copydesk.story.StoryState;

/**
 * What the desk is asked to show; every part is optional.
 *
 * @param view all stories the user may see, only their own, or those waiting for their role
 * @param state only stories in this state
 * @param reporter only this reporter's stories
 * @param wireServiceId only stories credited to this wire service (byline or distributor)
 * @param changedFrom only stories changed on or after this day (UTC)
 * @param changedTo only stories changed on or before this day (UTC)
 * @param text words to find in the headline or the body
 */
public record DeskQuery(
    View view, StoryState state, String reporter, Long wireServiceId, LocalDate changedFrom, LocalDate changedTo, String text)
    implements Serializable {

  public enum View {
    ALL,
    MINE,
    WAITING
  }

  public static final DeskQuery ALL = new DeskQuery(View.ALL, null, null, null, null, null, null);

  public DeskQuery(StoryState state) {
    this(View.ALL, state, null, null, null, null, null);
  }
}
