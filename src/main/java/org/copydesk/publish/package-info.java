/**
 * What readers and other systems get: the public front page and story pages (exactly the published
 * revision, rendered once and served from a cache with ETags), schema.org JSON-LD, RSS and Atom
 * feeds, and the server's own scheduled publication, exactly once across instances.
 */
package org.copydesk.publish;
