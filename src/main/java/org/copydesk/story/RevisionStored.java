package org.copydesk.story;

import java.util.List;

/**
 * Fired inside the saving transaction each time a revision is stored, so features that keep
 * something per revision (the fact-check desk's claims) stay in step without the story package
 * knowing them.
 *
 * @param previousNumber the revision this one follows, or 0 for the first
 * @param blocks the stored (sanitised) body's blocks, as {@link BodyParagraphs#split} gives them
 */
public record RevisionStored(long storyId, int number, int previousNumber, List<String> blocks, String author) {}
