/**
 * Export of a story for other newsrooms: IPTC ninjs 2.x ({@link org.copydesk.ingest.export.NinjsWriter})
 * and a NewsML-G2 {@code newsItem} ({@link org.copydesk.ingest.export.NewsMlWriter}), built from an
 * {@link org.copydesk.ingest.export.ExportItem}.
 *
 * <p>It sits beside ingest because the two must agree: whatever is exported has to come back whole
 * through {@link org.copydesk.ingest.WireIngest}, credits above all, since wire services bill by the
 * credits a story carries. Where a format or the importer cannot carry a credit, the writers say so
 * in their documentation rather than invent a place for it.
 *
 * <p>Nothing here needs a container: writers take a value and return text.
 */
package org.copydesk.ingest.export;
