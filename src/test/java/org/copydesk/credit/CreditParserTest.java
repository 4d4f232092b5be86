package org.copydesk.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credit strings in the shapes wires and papers use; every name here is invented. */
class CreditParserTest {

  private final CreditParser parser = new CreditParser();

  // ---------------------------------------------------------------- bylines

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      textBlock =
          """
          By Iain Marlow and Andrea Palasciano, Bloomberg News => Iain Marlow;Andrea Palasciano      => Bloomberg News
          By Nora Blake, Tom Ferris and Ada Quint, Bloomberg News => Nora Blake;Tom Ferris;Ada Quint => Bloomberg News
          By Ana Ruiz, Ben Kohl, and Cy Park, Reuters           => Ana Ruiz;Ben Kohl;Cy Park          => Reuters
          BY JANE DOE                                           => JANE DOE                           =>
          by Mara Lind                                          => Mara Lind                          =>
          By: Owen Pike, Reuters                                => Owen Pike                          => Reuters
          By Rita Reyes, Staff writer                           => Rita Reyes                         => Staff writer
          By Hal Ortiz and Lena Vos, Staff writers              => Hal Ortiz;Lena Vos                 => Staff writers
          Paulo Santalucia and Frances d'Emilio                 => Paulo Santalucia;Frances d'Emilio  =>
          By JOHN ROE AND MARY ROE, ASSOCIATED PRESS            => JOHN ROE;MARY ROE                  => ASSOCIATED PRESS
          By Ana Ruiz & Ben Kohl, The Associated Press          => Ana Ruiz;Ben Kohl                  => The Associated Press
          By Sean O'Neil, AP Business Writer                    => Sean O'Neil                        => AP Business Writer
          By Karl-Heinz Weber of The Harbourton Courier         => Karl-Heinz Weber                   => The Harbourton Courier
          By Ada Quint and Tom Ferris of Reuters                => Ada Quint;Tom Ferris               => Reuters
          Karl Melander/TT                                      => Karl Melander                      => TT
          Dana Wu | Bloomberg                                   => Dana Wu                            => Bloomberg
          "By Robert Hale, Jr., and Ann Cole, Reuters"          => Robert Hale, Jr.;Ann Cole          => Reuters
          By Ludwig van Dijk, dpa                               => Ludwig van Dijk                    => dpa
          By Siobhán Ní Bhriain, RTÉ News                       => Siobhán Ní Bhriain                 => RTÉ News
          Words by Ines Park                                    => Ines Park                          =>
          Byron Lake                                            => Byron Lake                         =>
          """)
  void readsNamesAndAffiliationOfABylineAndKeepsTheRawString(String raw, String names, String affiliation) {
    ParsedByline byline = parser.parseByline(raw);
    assertThat(byline.raw()).isEqualTo(raw);
    assertThat(byline.writerNames()).containsExactlyElementsOf(Arrays.asList(names.split(";")));
    assertThat(byline.affiliation()).isEqualTo(affiliation);
    assertThat(byline.names()).allSatisfy(n -> assertThat(n.affiliation()).isEqualTo(affiliation));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NTB", "Insidefoto", "Reuters", "The Associated Press", "Harbourton Courier Staff"})
  void readsABylineThatNamesOnlyAnOrganisation(String raw) {
    ParsedByline byline = parser.parseByline(raw);
    assertThat(byline.writerNames()).isEmpty();
    assertThat(byline.affiliation()).isEqualTo(raw);
    assertThat(byline.isRecognised()).isTrue();
  }

  @Test
  void readsEachGroupOfAMixedBylineWithItsOwnAffiliation() {
    ParsedByline byline = parser.parseByline("By Ana Ruiz and Cy Park, Bloomberg News, and Ben Kohl, Reuters");
    assertThat(byline.names())
        .containsExactly(
            new ParsedByline.Name("Ana Ruiz", "Bloomberg News"),
            new ParsedByline.Name("Cy Park", "Bloomberg News"),
            new ParsedByline.Name("Ben Kohl", "Reuters"));
    assertThat(byline.affiliation()).as("no single affiliation covers everyone").isNull();

    assertThat(parser.parseByline("By Ana Ruiz, Staff writer, and Ben Kohl, The Associated Press").names())
        .containsExactly(
            new ParsedByline.Name("Ana Ruiz", "Staff writer"),
            new ParsedByline.Name("Ben Kohl", "The Associated Press"));
  }

  @Test
  void readsBackEveryBylineCreditLineWrites() {
    WireService bloomberg = new WireService("Bloomberg News", "BLOOMBERG", WireServiceKind.NEWS_AGENCY, null, null);
    WireService reuters = new WireService("Reuters", "REUTERS", WireServiceKind.NEWS_AGENCY, null, null);
    CreditLine line = new CreditLine(id -> id == 3L ? bloomberg : reuters);
    List<List<Contributor>> bylines =
        List.of(
            List.of(new Contributor("Ana Ruiz", ContributorRole.WRITER, 3L)),
            List.of(new Contributor("Ana Ruiz", ContributorRole.WRITER, 3L), new Contributor("Ben Kohl", ContributorRole.WRITER, 3L)),
            List.of(new Contributor("Ana Ruiz", ContributorRole.WRITER, 3L), new Contributor("Ben Kohl", ContributorRole.WRITER, 2L)),
            List.of(
                new Contributor("Ana Ruiz", ContributorRole.WRITER, 3L),
                new Contributor("Ben Kohl", ContributorRole.WRITER, 2L),
                new Contributor("Rita Reyes", ContributorRole.WRITER, null),
                new Contributor("Tom Ash", ContributorRole.WRITER, null)));
    for (List<Contributor> contributors : bylines) {
      String rendered = line.byline(contributors);
      assertThat(parser.parseByline(rendered).writerNames())
          .as(rendered)
          .containsExactlyElementsOf(contributors.stream().map(Contributor::getName).toList());
    }
    assertThat(parser.parseByline("By Ana Ruiz, Bloomberg News; Ben Kohl, Reuters; and Rita Reyes and Tom Ash, Staff writers").names())
        .containsExactly(
            new ParsedByline.Name("Ana Ruiz", "Bloomberg News"),
            new ParsedByline.Name("Ben Kohl", "Reuters"),
            new ParsedByline.Name("Rita Reyes", "Staff writers"),
            new ParsedByline.Name("Tom Ash", "Staff writers"));
  }

  @Test
  void readsAdditionalReportingAndAnAffiliationOnItsOwnLine() {
    ParsedByline byline =
        parser.parseByline("By Mei Chen\nBloomberg News\nAdditional reporting by Ben Kohl and Dana Wu in Paris.");
    assertThat(byline.writerNames()).containsExactly("Mei Chen");
    assertThat(byline.affiliation()).isEqualTo("Bloomberg News");
    assertThat(byline.additionalReporting()).containsExactly("Ben Kohl", "Dana Wu");

    ParsedByline onlyAdditional = parser.parseByline("With additional reporting by Lena Vos");
    assertThat(onlyAdditional.writerNames()).isEmpty();
    assertThat(onlyAdditional.additionalReporting()).containsExactly("Lena Vos");
  }

  @Test
  void tellsStaffBylinesFromWireBylines() {
    assertThat(parser.parseByline("By Rita Reyes, Staff writer").isStaff()).isTrue();
    assertThat(parser.parseByline("By Sean O'Neil, AP Staff Writer").isStaff()).isFalse();
    assertThat(parser.parseByline("By Rita Reyes").isStaff()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "From staff and wire reports",
        "Staff and wire reports",
        "Jane Doe, John Roe",
        "By @janedoe",
        "By Jane Doe and John Roe, Reuters, and others",
        "Compiled by the news desk from agency reports",
        "By Ana Ruiz and Ben Kohl, Cy Park and Dana Wu",
        "By Jane Doe / Reuters / AP",
        "https://example.com/authors/jane-doe",
        "By the editorial board"
      })
  void leavesUnknownBylineShapesToAHuman(String raw) {
    ParsedByline byline = parser.parseByline(raw);
    assertThat(byline.raw()).isEqualTo(raw);
    assertThat(byline.names()).isEmpty();
    assertThat(byline.affiliation()).isNull();
    assertThat(byline.isRecognised()).isFalse();
  }

  @Test
  void treatsAMissingBylineAsNone() {
    assertThat(parser.parseByline(null)).isEqualTo(ParsedByline.unrecognised(null));
    assertThat(parser.parseByline("   ").raw()).isNull();
  }

  @Test
  void knowsTheNewsroomsOwnWireServicesByNameAndShortName() {
    WireService courier = new WireService("Harbourton Courier", "HC", WireServiceKind.SYNDICATE, null, null);
    CreditParser local = CreditParser.forWireServices(List.of(courier));
    assertThat(local.parseByline("By Dana Wu, Harbourton Courier").affiliation()).isEqualTo("Harbourton Courier");
    assertThat(parser.parseByline("By Dana Wu, Harbourton Courier").isRecognised())
        .as("without knowing it, a two-word affiliation could be a second person")
        .isFalse();
    assertThat(local.parsePhotoCredit("Harbourton Courier").getAgency()).isEqualTo("Harbourton Courier");
  }

  // ---------------------------------------------------------------- photo credits

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          (Omar Havana/Getty Images Europe/TNS)           | Omar Havana     | Getty Images Europe | TNS
          Omar Havana/Getty Images Europe/TNS             | Omar Havana     | Getty Images Europe | TNS
          (Photo by Lina Berg/Getty Images)               | Lina Berg       | Getty Images        |
          Photo by Lina Berg/Getty Images                 | Lina Berg       | Getty Images        |
          Tom Reed / AP                                   | Tom Reed        | AP                  |
          AP Photo/Tom Reed                               | Tom Reed        | AP                  |
          "(AP Photo/Tom Reed, File)"                     | Tom Reed        | AP                  |
          "AP Photo/Tom Reed, Pool"                       | Tom Reed        | AP                  |
          (AP Photo)                                      |                 | AP                  |
          AFP PHOTO / JEAN DUPONT                         | JEAN DUPONT     | AFP                 |
          REUTERS/Maya Singh                              | Maya Singh      | REUTERS             |
          Reuters/Maya Singh/File Photo                   | Maya Singh      | Reuters             |
          "DHA via AP, File"                              |                 | DHA                 | AP
          Maya Singh/Handout via Reuters                  | Maya Singh      | Handout             | Reuters
          Lina Berg/AFP via Getty Images                  | Lina Berg       | AFP                 | Getty Images
          Courtesy of the Okafor family                   |                 | the Okafor family   |
          Photo courtesy of Harbourton Fire Department    |                 | Harbourton Fire Department |
          Courtesy Harbourton Museum                      |                 | Harbourton Museum   |
          Karl Melander/TT                                | Karl Melander   | TT                  |
          Foto: Karl Melander/TT                          | Karl Melander   | TT                  |
          Photo: Ines Park/Harbourton Courier             | Ines Park       | Harbourton Courier  |
          Ines Park for The Harbourton Courier            | Ines Park       | The Harbourton Courier |
          Staff photo by Ines Park                        | Ines Park       |                     |
          Getty Images                                    |                 | Getty Images        |
          ASSOCIATED PRESS                                |                 | ASSOCIATED PRESS    |
          Paulo Santalucia                                | Paulo Santalucia |                    |
          Insidefoto                                      |                 | Insidefoto          |
          Photo Samantha Zucchi /Insidefoto/Sipa USA      | Samantha Zucchi | Insidefoto          | Sipa USA
          © 2024 Ines Park                                | Ines Park       |                     |
          Getty Images/TNS                                |                 | Getty Images        | TNS
          """)
  void readsPhotoCreditPartsAndKeepsTheRawString(String raw, String photographer, String agency, String distributor) {
    PhotoCredit credit = parser.parsePhotoCredit(raw);
    assertThat(credit.getPhotographer()).isEqualTo(photographer);
    assertThat(credit.getAgency()).isEqualTo(agency);
    assertThat(credit.getDistributor()).isEqualTo(distributor);
    assertThat(credit.getRaw()).isEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Screenshot from a video posted online",
        "Taken from social media, unverified",
        "Ann Lee/Getty Images/TNS/Pool/Extra",
        "https://example.com/photo.jpg",
        "Photo by",
        "Getty Images//TNS",
        "Reuters via AP via TNS",
        "Getty Images/Getty Images Europe/TNS",
        "photo taken by a reader"
      })
  void leavesUnknownPhotoCreditShapesToAHuman(String raw) {
    PhotoCredit credit = parser.parsePhotoCredit(raw);
    assertThat(credit.getPhotographer()).isNull();
    assertThat(credit.getAgency()).isNull();
    assertThat(credit.getDistributor()).isNull();
    assertThat(credit.getRaw()).isEqualTo(raw);
    assertThat(credit.isComplete()).isFalse();
  }

  @Test
  void rendersAParsedCreditTheHouseWay() {
    assertThat(parser.parsePhotoCredit("Omar Havana / Getty Images Europe / TNS").render())
        .isEqualTo("(Omar Havana/Getty Images Europe/TNS)");
    assertThat(parser.parsePhotoCredit(null).getRaw()).isNull();
  }

  // ---------------------------------------------------------------- credits in captions

  @Test
  void findsTheCreditThatEndsACaption() {
    assertThat(parser.creditAtEndOfCaption("A view of the strip at dusk. (Photo by Lina Berg/Getty Images)\n  "))
        .contains("Photo by Lina Berg/Getty Images");
    assertThat(parser.creditAtEndOfCaption("A man at the border gate on Monday. (DHA via AP, File)"))
        .contains("DHA via AP, File");
    assertThat(parser.creditAtEndOfCaption("The mayor speaks. (AP Photo)")).contains("AP Photo");
    assertThat(parser.creditAtEndOfCaption("Fans at the stadium (Getty Images)")).contains("Getty Images");
  }

  @Test
  void acceptsACreditWhoseOpeningParenthesisIsMissing() {
    assertThat(parser.creditAtEndOfCaption("Workers protest in Rome.\nRome (Italy), October 27th 2020\nPhoto Ann Lee /Insidefoto/Sipa USA)"))
        .contains("Photo Ann Lee /Insidefoto/Sipa USA");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Workers protest in Rome (Italy)",
        "The mayor (left) and her deputy (right)",
        "No credit here.",
        "A harbour at dawn (taken on Tuesday)",
        ""
      })
  void ignoresParenthesesThatAreNotCredits(String caption) {
    assertThat(parser.creditAtEndOfCaption(caption)).isEmpty();
    assertThat(parser.creditAtEndOfCaption(null)).isEmpty();
  }
}
