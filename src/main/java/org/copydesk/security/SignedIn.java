package org.copydesk.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Kept in the HTTP session at sign-in: who signed in, with which groups, and the account's session
 * epoch at that moment. Each later request re-applies exactly these groups, and ends the session
 * when the account's epoch has moved on or the account is disabled.
 */
record SignedIn(String username, Set<String> groups, long sessionEpoch) implements Serializable {

  static final String ATTRIBUTE = "org.copydesk.security.signedIn";

  SignedIn {
    groups = Set.copyOf(groups);
  }
}
