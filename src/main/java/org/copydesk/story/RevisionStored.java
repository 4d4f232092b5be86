package org.copydesk.story;

/**
 * Fired inside the saving transaction each time a revision is stored, so features that keep
 * something per revision (the fact-check desk's claims) stay in step without the story package
 * knowing them.
 *
 * @param previousNumber the revision this one follows, or 0 for the first
 * @param body the stored (sanitised) body
 */
public record RevisionStored(long storyId, int number, int previousNumber, String body, String author) {}
