package org.copydesk.ingest;

/** The standard and major version a wire item was sent in. */
public enum WireFormat {
  NINJS_1,
  NINJS_2,
  NINJS_3,
  NEWSML_G2
}
