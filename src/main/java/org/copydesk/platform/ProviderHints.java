package org.copydesk.platform;

/**
 * Query hints of the JPA provider both servers run (EclipseLink), by name, so that the code
 * compiles against the Jakarta API alone; other providers ignore hints they do not know.
 */
public final class ProviderHints {

  /**
   * Results not copied into the transaction: no working copy, no backup copy to compare at commit.
   * For rows a transaction only reads; a change made to them in memory is never written.
   */
  public static final String READ_ONLY = "eclipselink.read-only";

  private ProviderHints() {}
}
