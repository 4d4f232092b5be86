package org.copydesk.ingest;

/**
 * One file of a picture: the full-resolution image, a preview, a thumbnail. The href is kept as
 * sent; fetching it is someone else's decision.
 */
public record Rendition(String name, String href, String contentType, Integer width, Integer height) {}
