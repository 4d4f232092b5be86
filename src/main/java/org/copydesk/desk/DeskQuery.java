package org.copydesk.desk;

import java.io.Serializable;
import org.copydesk.story.StoryState;

/**
 * What the desk is asked to show.
 *
 * @param state only stories in this state, or all when {@code null}
 */
public record DeskQuery(StoryState state) implements Serializable {

  public static final DeskQuery ALL = new DeskQuery(null);
}
