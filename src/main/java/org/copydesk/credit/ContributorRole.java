package org.copydesk.credit;

/** What a contributor did for the story. */
public enum ContributorRole {
  WRITER,
  ADDITIONAL_REPORTING,
  PHOTOGRAPHER
}
