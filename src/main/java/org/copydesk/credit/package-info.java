/**
 * Credits kept as structure, not loose strings: wire services, the contributors of a byline with
 * their role and affiliation, and the parts of a photo credit. Credits belong to each revision,
 * so a change of credit shows in the history.
 */
package org.copydesk.credit;
