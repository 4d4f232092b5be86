package org.copydesk.factcheck;

/** A fact-checker's verdict on one claim. */
public enum ClaimStatus {
  UNCHECKED,
  VERIFIED,
  DISPUTED,
  STRUCK;

  /** Verified and struck claims let a revision be signed off; the others hold it. */
  public boolean isResolved() {
    return this == VERIFIED || this == STRUCK;
  }
}
