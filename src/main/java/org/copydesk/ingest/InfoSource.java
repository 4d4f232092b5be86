package org.copydesk.ingest;

import java.util.Locale;

/**
 * A party that originated or passed on the content: the originating agency, a distributor.
 *
 * @param name the party's name, or {@code null} when the wire identifies it only by URI or code
 * @param uri its identifier, when sent
 * @param role the role as sent (a word, QCode or URI), or {@code null}
 */
public record InfoSource(String name, String uri, String role) {

  /**
   * NewsML-G2 (and ninjs, which maps to it) says a party without a role originated the
   * information: anything else must be stated with a role.
   */
  public boolean isOriginator() {
    return role == null || roleCode().contains("orig");
  }

  public boolean isDistributor() {
    return role != null && roleCode().contains("distribut");
  }

  private String roleCode() {
    String r = role.strip();
    int cut = Math.max(r.lastIndexOf(':'), r.lastIndexOf('/'));
    return r.substring(cut + 1).toLowerCase(Locale.ROOT);
  }
}
