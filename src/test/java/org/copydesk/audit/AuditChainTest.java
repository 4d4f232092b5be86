package org.copydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 123_456_789, ZoneOffset.ofHours(2));

  private static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditEntry previous = null;
    for (int i = 0; i < n; i++) {
      previous = AuditEntry.after(previous == null ? null : previous.link(), 7, AT.plusMinutes(i), "rita", i == 0 ? "CREATE" : "SAVE", i == 0 ? null : "DRAFT", "DRAFT", i + 1, "note " + i);
      entries.add(previous);
    }
    return entries;
  }

  private static void set(AuditEntry e, String field, Object value) throws ReflectiveOperationException {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(e, value);
  }

  @Test
  void anUntouchedChainVerifies() {
    List<AuditEntry> entries = chain(5);
    assertThat(entries.get(0).getPrevHash()).isEqualTo(AuditEntry.GENESIS);
    assertThat(entries.get(3).getPrevHash()).isEqualTo(entries.get(2).getHash());
    assertThat(entries.get(0).getCreatedAt()).as("stored in UTC at millisecond precision").isEqualTo("2026-11-25T07:00:00.123Z");
    assertThat(AuditChain.verify(entries)).isEqualTo(new AuditChain.Verification(true, 5, null, null));
  }

  @Test
  void aChangedFieldIsTheFirstBrokenLink() throws Exception {
    List<AuditEntry> entries = chain(5);
    set(entries.get(2), "comment", "nothing to see here");
    assertThat(AuditChain.verify(entries)).isEqualTo(new AuditChain.Verification(false, 5, 3, "CHANGED"));
  }

  @Test
  void aRecomputedHashStillBreaksTheNextLink() throws Exception {
    List<AuditEntry> entries = chain(5);
    set(entries.get(1), "actor", "mallory");
    set(entries.get(1), "hash", entries.get(1).computeHash());
    assertThat(AuditChain.verify(entries)).isEqualTo(new AuditChain.Verification(false, 5, 3, "RELINKED"));
  }

  @Test
  void aRemovedEntryIsAGap() {
    List<AuditEntry> entries = chain(5);
    entries.remove(1);
    assertThat(AuditChain.verify(entries)).isEqualTo(new AuditChain.Verification(false, 4, 3, "GAP"));
  }

  @Test
  void nullAndEmptyFieldsHashDifferently() {
    AuditEntry withNull = AuditEntry.after(null, 1, AT, "a", "SAVE", null, "DRAFT", 1, null);
    AuditEntry withEmpty = AuditEntry.after(null, 1, AT, "a", "SAVE", null, "DRAFT", 1, "");
    assertThat(withNull.getHash()).isNotEqualTo(withEmpty.getHash());
  }
}
