package org.copydesk.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditLineTest {

  private static final long AP = 1L;
  private static final long REUTERS = 2L;
  private static final long BLOOMBERG = 3L;
  private static final long TNS = 6L;
  private static final long AMS = 7L;
  private static final long PLAIN_BLOOMBERG = 30L;

  private static final Map<Long, WireService> WIRES =
      Map.of(
          AP, new WireService("Associated Press", "AP", WireServiceKind.NEWS_AGENCY, "By {writers}, The Associated Press", null),
          REUTERS, new WireService("Reuters", "REUTERS", WireServiceKind.NEWS_AGENCY, "By {writers}, Reuters", null),
          BLOOMBERG, new WireService("Bloomberg News", "BLOOMBERG", WireServiceKind.NEWS_AGENCY, "By {writers}, Bloomberg News", null),
          TNS, new WireService("Tribune News Service", "TNS", WireServiceKind.DISTRIBUTOR, "{credit}/TNS", null),
          AMS, new WireService("Andrews McMeel Syndication", "AMS", WireServiceKind.SYNDICATE, "{writers}, Andrews McMeel Syndication", null),
          PLAIN_BLOOMBERG, new WireService("Bloomberg News", "BBG", WireServiceKind.NEWS_AGENCY, null, null));

  private final CreditLine credits = new CreditLine(WIRES::get);

  private static Contributor writer(String name, Long wire) {
    return new Contributor(name, ContributorRole.WRITER, wire);
  }

  private static Contributor staff(String name) {
    return writer(name, null);
  }

  @Test
  void joinsOneTwoAndMoreNamesWithoutASerialComma() {
    assertThat(CreditLine.joinNames(List.of())).isEmpty();
    assertThat(CreditLine.joinNames(List.of("A"))).isEqualTo("A");
    assertThat(CreditLine.joinNames(List.of("A", "B"))).isEqualTo("A and B");
    assertThat(CreditLine.joinNames(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(CreditLine.joinNames(List.of("A", "B", "C", "D"))).isEqualTo("A, B, C and D");
  }

  @Test
  void creditsStaffAsStaffWriterOrWriters() {
    assertThat(credits.byline(List.of(staff("Rita Reyes")))).isEqualTo("By Rita Reyes, Staff writer");
    assertThat(credits.byline(List.of(staff("Rita Reyes"), staff("Tom Ash"))))
        .isEqualTo("By Rita Reyes and Tom Ash, Staff writers");
  }

  @Test
  void followsTheAffiliationAfterTheNames() {
    assertThat(credits.byline(List.of(writer("Iain Marlow", BLOOMBERG), writer("Andrea Palasciano", BLOOMBERG))))
        .isEqualTo("By Iain Marlow and Andrea Palasciano, Bloomberg News");
    assertThat(credits.byline(List.of(writer("Nora Blake", PLAIN_BLOOMBERG), writer("Tom Ferris", PLAIN_BLOOMBERG),
            writer("Ada Quint", PLAIN_BLOOMBERG))))
        .as("without a credit format the service's name is the affiliation")
        .isEqualTo("By Nora Blake, Tom Ferris and Ada Quint, Bloomberg News");
  }

  @Test
  void usesTheWireServicesOwnCreditFormatWhenTheBylineIsAllTheirs() {
    assertThat(credits.byline(List.of(writer("Ana Ruiz", AP), writer("Ben Kohl", AP))))
        .isEqualTo("By Ana Ruiz and Ben Kohl, The Associated Press");
    assertThat(credits.byline(List.of(writer("Dora Lake", AMS))))
        .as("a syndicate's format without \"By\" is kept as it is")
        .isEqualTo("Dora Lake, Andrews McMeel Syndication");
  }

  @Test
  void groupsMixedAffiliationsAndSeparatesThemClearly() {
    assertThat(credits.byline(List.of(writer("Ana Ruiz", BLOOMBERG), writer("Ben Kohl", REUTERS))))
        .isEqualTo("By Ana Ruiz, Bloomberg News, and Ben Kohl, Reuters");
    assertThat(credits.byline(List.of(writer("Ana Ruiz", AP), staff("Rita Reyes"))))
        .as("the label inside a wire's format is how it wants to be named in a mixed byline too")
        .isEqualTo("By Ana Ruiz, The Associated Press, and Rita Reyes, Staff writer");
    assertThat(credits.byline(List.of(writer("Ana Ruiz", BLOOMBERG), writer("Ben Kohl", REUTERS), writer("Cy Park", BLOOMBERG))))
        .as("writers of one service are credited together, in the order the groups first appear")
        .isEqualTo("By Ana Ruiz and Cy Park, Bloomberg News, and Ben Kohl, Reuters");
    assertThat(credits.byline(List.of(writer("Ana Ruiz", BLOOMBERG), writer("Ben Kohl", REUTERS), staff("Rita Reyes"), staff("Tom Ash"))))
        .as("three groups use semicolons, since every group already holds a comma")
        .isEqualTo("By Ana Ruiz, Bloomberg News; Ben Kohl, Reuters; and Rita Reyes and Tom Ash, Staff writers");
  }

  @Test
  void leavesPhotographersOutAndPutsAdditionalReportingOnItsOwnLine() {
    List<Contributor> contributors =
        List.of(
            writer("Ana Ruiz", REUTERS),
            new Contributor("Omar Havana", ContributorRole.PHOTOGRAPHER, 5L),
            new Contributor("Lena Vos", ContributorRole.ADDITIONAL_REPORTING, REUTERS),
            new Contributor("Hal Ortiz", ContributorRole.ADDITIONAL_REPORTING, null));
    assertThat(credits.byline(contributors)).isEqualTo("By Ana Ruiz, Reuters");
    assertThat(credits.additionalReporting(contributors)).isEqualTo("Additional reporting by Lena Vos and Hal Ortiz");
    assertThat(credits.byline(List.of(new Contributor("Omar Havana", ContributorRole.PHOTOGRAPHER, null))))
        .as("a photographer alone makes no byline")
        .isEmpty();
    assertThat(credits.additionalReporting(List.of(writer("Ana Ruiz", REUTERS)))).isEmpty();
  }

  @Test
  void rendersTheDistributorSeparately() {
    assertThat(credits.distributedBy(TNS)).isEqualTo("Distributed by Tribune News Service");
    assertThat(credits.distributedBy(null)).isEmpty();
  }

  @Test
  void givesTheCreditLinesInPrintOrder() {
    List<Contributor> contributors =
        List.of(
            writer("Iain Marlow", BLOOMBERG),
            writer("Andrea Palasciano", BLOOMBERG),
            new Contributor("Lena Vos", ContributorRole.ADDITIONAL_REPORTING, null));
    assertThat(credits.lines(contributors, TNS))
        .containsExactly(
            "By Iain Marlow and Andrea Palasciano, Bloomberg News",
            "Additional reporting by Lena Vos",
            "Distributed by Tribune News Service");
    assertThat(credits.lines(List.of(), null)).isEmpty();
  }

  @Test
  void creditsAWriterListedTwiceOnce() {
    assertThat(credits.byline(List.of(staff("Rita Reyes"), staff(" Rita Reyes "))))
        .isEqualTo("By Rita Reyes, Staff writer");
  }

  @Test
  void refusesToDropTheCreditOfAnUnknownWireService() {
    assertThatThrownBy(() -> credits.byline(List.of(writer("Ana Ruiz", 99L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99");
    assertThatThrownBy(() -> credits.distributedBy(99L)).isInstanceOf(IllegalArgumentException.class);
  }
}
