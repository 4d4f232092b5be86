package org.copydesk.story;

import java.util.Set;

/**
 * What the story editor shows about a story, read in one call: the story, the transitions the
 * caller could make, whether the caller may save, and the current revision with its body (null
 * when the editor keeps its own text, e.g. after a refused save).
 */
public record EditorState(StoryView story, Set<Transition> openTransitions, boolean editable, RevisionView current) {

  public EditorState {
    openTransitions = Set.copyOf(openTransitions);
  }
}
