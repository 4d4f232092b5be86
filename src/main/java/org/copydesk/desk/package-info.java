/**
 * The desk: the list of stories a signed-in user may see, paged and counted in the database so it
 * stays fast with a hundred thousand stories.
 */
package org.copydesk.desk;
