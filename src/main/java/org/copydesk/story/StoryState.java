package org.copydesk.story;

/** Where a story stands in the newsroom workflow (see DOMAIN.md, Workflow). */
public enum StoryState {
  DRAFT,
  EDITING,
  FACT_CHECK,
  READY,
  SCHEDULED,
  PUBLISHED,
  SPIKED,
  KILLED;

  /**
   * The state a story is in after a new revision is saved. Any edit after approval or sign-off
   * sends the story back to EDITING, because an approval belongs to one revision; an edit of a
   * published story is a correction draft that leaves the published revision live.
   *
   * @return the resulting state, or {@code null} when the content is frozen
   */
  public StoryState afterSave() {
    return switch (this) {
      case DRAFT -> DRAFT;
      case EDITING, FACT_CHECK, READY, SCHEDULED -> EDITING;
      case PUBLISHED -> PUBLISHED;
      case SPIKED, KILLED -> null;
    };
  }
}
