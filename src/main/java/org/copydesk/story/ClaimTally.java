package org.copydesk.story;

/**
 * The fact-check state of a story's current revision, as far as the workflow needs it.
 *
 * @param unresolved claims still UNCHECKED or DISPUTED
 * @param disputed claims DISPUTED
 */
public record ClaimTally(int unresolved, int disputed) {

  public static final ClaimTally NONE = new ClaimTally(0, 0);
}
