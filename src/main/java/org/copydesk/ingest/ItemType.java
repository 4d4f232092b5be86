package org.copydesk.ingest;

/**
 * What a wire item carries. Copydesk ingests stories and pictures; graphics count as pictures, and
 * a composite (a story with its pictures) as a story.
 */
public enum ItemType {
  TEXT,
  PICTURE
}
