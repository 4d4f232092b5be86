/**
 * The append-only audit trail: one entry per save and transition, each carrying the SHA-256 of the
 * story's previous entry, so a row changed or removed behind the application's back breaks the
 * chain and {@link org.copydesk.audit.AuditChain#verify} names the first broken link.
 */
package org.copydesk.audit;
