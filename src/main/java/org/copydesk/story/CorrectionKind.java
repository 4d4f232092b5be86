package org.copydesk.story;

/** The kinds of notice a change to a published story carries. */
public enum CorrectionKind {
  CORRECTION,
  CLARIFICATION,
  UPDATE
}
