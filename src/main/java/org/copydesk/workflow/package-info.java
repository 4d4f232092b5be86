/**
 * The one door through which stories change: the {@link org.copydesk.workflow.StoryWorkflow} EJB
 * takes the caller from the security context, owns the transaction and hands the work to the story
 * aggregate, whose transition table decides.
 */
package org.copydesk.workflow;
