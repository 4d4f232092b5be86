package org.copydesk.credit;

/** What a wire service supplies. */
public enum WireServiceKind {
  NEWS_AGENCY,
  PHOTO_AGENCY,
  DISTRIBUTOR,
  SYNDICATE
}
