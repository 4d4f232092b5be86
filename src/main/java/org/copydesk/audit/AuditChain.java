package org.copydesk.audit;

import java.util.List;

/** Checks a story's audit entries, in order, link by link. */
public final class AuditChain {

  /**
   * The outcome of a verification.
   *
   * @param intact whether every link holds
   * @param entries how many entries were checked
   * @param brokenSeq the sequence number of the first broken entry, or {@code null}
   * @param problem what is wrong with it: CHANGED (its content does not match its hash),
   *     RELINKED (it does not point at the previous entry) or GAP (an entry is missing before it)
   */
  public record Verification(boolean intact, int entries, Integer brokenSeq, String problem) {}

  private AuditChain() {}

  public static Verification verify(List<AuditEntry> inOrder) {
    String expectedPrev = AuditEntry.GENESIS;
    int expectedSeq = 1;
    for (AuditEntry e : inOrder) {
      if (e.getSeq() != expectedSeq) {
        return new Verification(false, inOrder.size(), e.getSeq(), "GAP");
      }
      if (!e.getPrevHash().equals(expectedPrev)) {
        return new Verification(false, inOrder.size(), e.getSeq(), "RELINKED");
      }
      if (!e.computeHash().equals(e.getHash())) {
        return new Verification(false, inOrder.size(), e.getSeq(), "CHANGED");
      }
      expectedPrev = e.getHash();
      expectedSeq++;
    }
    return new Verification(true, inOrder.size(), null, null);
  }
}
