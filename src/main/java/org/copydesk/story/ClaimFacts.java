package org.copydesk.story;

/** What the workflow needs to know of a revision's claims; the fact-check desk answers. */
public interface ClaimFacts {

  ClaimTally tally(long storyId, int revisionNumber);
}
