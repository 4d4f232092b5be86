package org.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireVersionsTest {

  @Test
  void versionsCompareAsNumbersWhenTheyAreNumbers() {
    assertThat(WireDesk.compareVersions("10", "9")).isPositive();
    assertThat(WireDesk.compareVersions("6", "6")).isZero();
    assertThat(WireDesk.compareVersions("2", "11")).isNegative();
    assertThat(WireDesk.compareVersions("b", "a")).isPositive();
    assertThat(WireDesk.compareVersions(null, "1")).isNegative();
    assertThat(WireDesk.compareVersions(null, null)).isZero();
  }
}
