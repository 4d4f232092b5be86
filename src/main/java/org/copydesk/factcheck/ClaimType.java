package org.copydesk.factcheck;

/** The kinds of claim a fact-checker works through. */
public enum ClaimType {
  QUOTE,
  FIGURE,
  DATE,
  ENTITY;

  /** Only a quote is attributed to someone; the other kinds are facts about the world. */
  public boolean hasSpeaker() {
    return this == QUOTE;
  }
}
