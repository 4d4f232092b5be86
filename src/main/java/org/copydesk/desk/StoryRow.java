package org.copydesk.desk;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.copydesk.story.StoryState;

/** One line of the desk. */
public record StoryRow(
    long id,
    String slug,
    String headline,
    StoryState state,
    String reporter,
    int revision,
    int words,
    OffsetDateTime updatedAt)
    implements Serializable {}
