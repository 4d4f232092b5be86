/**
 * The story aggregate: a story is a sequence of immutable revisions and a state in the newsroom
 * workflow. The transition table ({@link org.copydesk.story.Transition}) and the rules for who may
 * change what are data and methods here, testable without a container; storing revisions as
 * content-addressed paragraphs ({@link org.copydesk.story.RevisionStore}) keeps a one-paragraph
 * edit of a long story small.
 */
package org.copydesk.story;
