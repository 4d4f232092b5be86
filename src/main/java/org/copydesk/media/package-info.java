/**
 * Lead photos uploaded by the newsroom: checked by their content (never by name or declared type),
 * capped in bytes and pixels, stored once per content in the database and served under
 * {@code /media/}.
 */
package org.copydesk.media;
