package org.copydesk.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireRegistryRulesTest {

  @Test
  void creditedNamesMatchTheRegistryWhateverTheirSpelling() {
    assertThat(WireServiceDirectory.key("The Associated Press")).isEqualTo(WireServiceDirectory.key("associated press"));
    assertThat(WireServiceDirectory.key("Agence France-Presse")).isEqualTo("agence france presse");
    assertThat(WireServiceDirectory.key("  Sipa USA ")).isEqualTo("sipa usa");
    assertThat(WireServiceDirectory.key(null)).isEmpty();
  }

  @Test
  void theUsageReportExportsAsSafeCsv() {
    String csv = UsageReport.csv(
        List.of(new UsageReport.Line(1, "Associated Press", 3, 2), new UsageReport.Line(2, "=HYPERLINK(\"x\")", 0, 1)),
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    assertThat(csv.split("\r\n"))
        .containsExactly(
            "wire_service,from,to,stories,photos",
            "\"Associated Press\",2026-11-01,2026-11-30,3,2",
            "\"'=HYPERLINK(\"\"x\"\")\",2026-11-01,2026-11-30,0,1");
  }
}
