package org.copydesk.ingest.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.ingest.export.Stories.story;

import java.util.List;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.ParsedByline;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.ItemType;
import org.copydesk.ingest.Picture;
import org.copydesk.ingest.PubStatus;
import org.copydesk.ingest.WireFormat;
import org.copydesk.ingest.WireIngest;
import org.copydesk.ingest.WireItem;
import org.copydesk.story.BodyPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a story exports to is read back with the importer every wire item goes through, and every
 * credit must come back: a credit lost on the way is a wire service unpaid or a writer unnamed.
 */
class ExportRoundTripTest {

  enum Format {
    NINJS {
      @Override
      String write(ExportItem item) {
        return new NinjsWriter().write(item);
      }
    },
    NEWSML_G2 {
      @Override
      String write(ExportItem item) {
        return new NewsMlWriter(Stories.PAPER).write(item);
      }
    };

    abstract String write(ExportItem item);

    WireItem roundTrip(ExportItem item) {
      return parse(write(item));
    }
  }

  private static WireItem parse(String exported) {
    return new WireIngest().parse(exported.getBytes(UTF_8));
  }

  private static List<ParsedByline.Name> names(WireItem item) {
    return item.byline().names();
  }

  // ---------------------------------------------------------------- bylines

  @ParameterizedTest
  @EnumSource(Format.class)
  void oneStaffWriterIsCreditedAsStaff(Format format) {
    WireItem back = format.roundTrip(story().writer("Ines Park", null).build());

    assertThat(back.byline().raw()).isEqualTo("By Ines Park, Staff writer");
    assertThat(back.contributorNames()).containsExactly("Ines Park");
    assertThat(back.byline().affiliation()).isEqualTo("Staff writer");
    assertThat(back.byline().isStaff()).isTrue();
    assertThat(back.originators()).isEmpty();
    assertThat(back.distributors()).isEmpty();
    assertThat(back.copyrightHolder()).isEqualTo(Stories.PAPER);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void twoWireWritersKeepTheirAgencyAndTheDistributor(Format format) {
    ExportItem item = Stories.bloomberg().build();
    WireItem back = format.roundTrip(item);

    assertThat(back.byline().raw()).isEqualTo("By Iain Marlow and Andrea Palasciano, Bloomberg News");
    assertThat(back.contributorNames()).containsExactly("Iain Marlow", "Andrea Palasciano");
    assertThat(names(back))
        .extracting(ParsedByline.Name::affiliation)
        .containsExactly("Bloomberg News", "Bloomberg News");
    assertThat(back.byline().affiliation()).isEqualTo("Bloomberg News");
    assertThat(back.originators()).containsExactly("Bloomberg News");
    assertThat(back.distributors()).containsExactly("Tribune News Service");
    assertThat(back.copyrightHolder()).isEqualTo("Bloomberg L.P.");
    assertThat(back.usageTerms()).isEqualTo("For use by TNS subscribers only; not for resale.");
    assertThat(back.editorialNote()).isEqualTo("Corrects the casualty figure in the third paragraph.");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void threeWritersWithNamesBeyondAsciiComeBackInOrder(Format format) {
    ExportItem item =
        story()
            .writer("Zoë Ångström", "Reuters")
            .writer("Siobhán O'Neill", "Reuters")
            .writer("Nguyễn Thị Lan", "Reuters")
            .copyright("Thomson Reuters", null)
            .build();
    WireItem back = format.roundTrip(item);

    assertThat(back.byline().raw()).isEqualTo("By Zoë Ångström, Siobhán O'Neill and Nguyễn Thị Lan, Reuters");
    assertThat(back.contributorNames()).containsExactly("Zoë Ångström", "Siobhán O'Neill", "Nguyễn Thị Lan");
    assertThat(back.byline().affiliation()).isEqualTo("Reuters");
    assertThat(back.originators()).containsExactly("Reuters");
    assertThat(back.usageTerms()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void writersOfDifferentAffiliationsKeepTheirOwn(Format format) {
    ExportItem item =
        story().writer("Iain Marlow", "Bloomberg News").writer("Ines Park", null).distributor("Tribune News Service").build();
    WireItem back = format.roundTrip(item);

    assertThat(back.byline().raw()).isEqualTo("By Iain Marlow, Bloomberg News, and Ines Park, Staff writer");
    assertThat(names(back))
        .containsExactly(
            new ParsedByline.Name("Iain Marlow", "Bloomberg News"), new ParsedByline.Name("Ines Park", "Staff writer"));
    assertThat(back.byline().affiliation()).isNull();
    assertThat(back.originators()).containsExactly("Bloomberg News");
    assertThat(back.distributors()).containsExactly("Tribune News Service");
  }

  @Test
  void ninjsKeepsAdditionalReportingOnItsOwnLineOfTheByline() {
    WireItem back = Format.NINJS.roundTrip(withAdditionalReporting());

    assertThat(back.contributorNames()).containsExactly("Iain Marlow");
    assertThat(back.byline().affiliation()).isEqualTo("Bloomberg News");
    assertThat(back.byline().additionalReporting()).containsExactly("Jane Doe");
    assertThat(back.people()).containsExactly("Iain Marlow", "Jane Doe");
  }

  /**
   * The importer reads only the first NewsML-G2 {@code by} and collapses its line breaks, so the
   * additional reporting line travels as a second {@code by} and a {@code contributor} it does not
   * read. What matters is that the main byline is not corrupted on the way.
   */
  @Test
  void newsMlKeepsTheMainBylineIntactButTheImporterDoesNotReadAdditionalReporting() {
    ExportItem item = withAdditionalReporting();
    String xml = Format.NEWSML_G2.write(item);
    WireItem back = parse(xml);

    assertThat(back.contributorNames()).containsExactly("Iain Marlow");
    assertThat(back.byline().affiliation()).isEqualTo("Bloomberg News");
    assertThat(back.byline().additionalReporting()).isEmpty();
    assertThat(xml)
        .contains("<by>Additional reporting by Jane Doe</by>")
        .contains("<contributor role=\"cpprole:correspondent\">");
  }

  private static ExportItem withAdditionalReporting() {
    return story()
        .writer("Iain Marlow", "Bloomberg News")
        .credit("Jane Doe", ContributorRole.ADDITIONAL_REPORTING, "Bloomberg News")
        .build();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void theRawBylineIsExportedAsPrintedEvenWhenTheCreditsWouldRenderItDifferently(Format format) {
    ExportItem item = story().byline("By IAIN MARLOW and Andrea Palasciano, Bloomberg News").writer("Iain Marlow", "Bloomberg News").build();

    assertThat(format.roundTrip(item).byline().raw()).isEqualTo("By IAIN MARLOW and Andrea Palasciano, Bloomberg News");
  }

  // ---------------------------------------------------------------- item metadata

  @ParameterizedTest
  @EnumSource(Format.class)
  void headlineVersionTimesLanguageAndSummarySurvive(Format format) {
    ExportItem item = Stories.bloomberg().build();
    WireItem back = format.roundTrip(item);

    assertThat(back.type()).isEqualTo(ItemType.TEXT);
    assertThat(back.wireId()).isEqualTo(item.uri());
    assertThat(back.headline()).isEqualTo(item.headline());
    assertThat(back.standfirst()).isEqualTo(item.standfirst());
    assertThat(back.version()).isEqualTo("3");
    assertThat(back.versionCreated()).isEqualTo(item.versionCreated());
    assertThat(back.language()).isEqualTo("en-GB");
    assertThat(back.embargoedUntil()).isNull();
  }

  @Test
  void eachFormatIsRecognisedAsWhatItIs() {
    ExportItem item = Stories.bloomberg().build();

    assertThat(Format.NINJS.roundTrip(item).format()).isEqualTo(WireFormat.NINJS_2);
    assertThat(Format.NEWSML_G2.roundTrip(item).format()).isEqualTo(WireFormat.NEWSML_G2);
  }

  @ParameterizedTest
  @EnumSource(PubStatus.class)
  void theStatusSurvivesSoAKillStaysAKill(PubStatus status) {
    ExportItem item = Stories.bloomberg().status(status).build();

    for (Format format : Format.values()) {
      assertThat(format.roundTrip(item).pubStatus()).as(format.name()).isEqualTo(status);
    }
    assertThat(parse(new NewsMlWriter(Stories.PAPER).writePicture(item).orElseThrow()).pubStatus()).isEqualTo(status);
  }

  @Test
  void newsMlEscapesMarkupInMetadataAndDropsWhatXmlCannotHold() {
    // U+0007 cannot appear in XML 1.0 at all, a lone surrogate cannot be encoded; the emoji can.
    ExportItem item = story().headline("Fed & \"markets\" <react>\u0007 \uD83D\uDCC9\uD800").build();

    assertThat(Format.NEWSML_G2.roundTrip(item).headline()).isEqualTo("Fed & \"markets\" <react> \uD83D\uDCC9");
  }

  // ---------------------------------------------------------------- body

  /** A body as the body policy stores it: a quote, entities, every element the policy allows. */
  private static final String BODY =
      BodyPolicy.sanitize(
          "<p>“We&rsquo;re not there yet,” Rutte said. Losses are &quot;about 1,500 killed &amp; wounded a day&quot; &lt;sic&gt;.</p>\n"
              + "<p>Since Oct.&nbsp;1<br>around 30,000 new personnel a month</p>\n"
              + "<blockquote><p>«C'est la guerre», a-t-il dit.</p></blockquote>\n"
              + "<h2>What next</h2>\n"
              + "<ul><li><strong>Kyiv</strong> <em>wants</em> more</li><li><b>B</b> <i>I</i> H<sub>2</sub>O x<sup>2</sup></li></ul>\n"
              + "<ol><li>one</li></ol>\n"
              + "<h3>Links</h3>\n"
              + "<p><a href=\"https://example.com/report?b=1&amp;c=2\">Report</a> \uD83D\uDE00</p>");

  @Test
  void ninjsCarriesTheBodyExactly() {
    WireItem back = Format.NINJS.roundTrip(story().body(BODY).build());

    assertThat(back.bodyHtml()).isEqualTo(BODY);
  }

  @Test
  void newsMlCarriesTheBodyAsXhtmlThatSanitisesBackToTheSameBody() {
    String xml = Format.NEWSML_G2.write(story().body(BODY).build());
    WireItem back = parse(xml);

    assertThat(xml).contains("<br/>").doesNotContain("&rsquo;").doesNotContain("&nbsp;");
    assertThat(back.bodyHtml())
        .contains("“We’re not there yet,” Rutte said. Losses are \"about 1,500 killed &amp; wounded a day\" &lt;sic&gt;.")
        .contains("Oct.\u00a01<br>around")
        .contains("<a href=\"https://example.com/report?b=1&amp;c=2\"");
    assertThat(BodyPolicy.sanitize(back.bodyHtml())).isEqualTo(BODY);
  }

  @Test
  void markupOutsideTheBodyPolicyIsDroppedNotCopiedIntoTheXml() {
    String xml =
        Format.NEWSML_G2.write(
            story().body("<p onclick=\"x()\">Text<script>alert(1)</script><img src=\"x.jpg\"></p><p><a href=\"javascript:x()\">bad</a></p>").build());

    assertThat(xml).doesNotContain("<script").doesNotContain("alert").doesNotContain("onclick").doesNotContain("<img").doesNotContain("javascript");
    assertThat(parse(xml).bodyHtml()).isEqualTo("<p>Text</p><p>bad</p>");
  }

  // ---------------------------------------------------------------- picture

  @Test
  void ninjsCarriesThePictureWithItsCaptionAndEveryPartOfItsCredit() {
    ExportItem item = Stories.bloomberg().build();
    Picture picture = Format.NINJS.roundTrip(item).picture();

    assertThat(picture).isNotNull();
    assertThat(picture.uri()).isEqualTo(item.picture().uri());
    assertThat(picture.caption()).isEqualTo("NATO Secretary General Mark Rutte speaks in Brussels on Oct. 1.");
    assertThat(picture.creditLine()).isEqualTo("(Omar Havana/Getty Images Europe/TNS)");
    assertThat(picture.renditionHrefs()).containsExactly(item.picture().href());
    assertCredit(picture.credit(), "(Omar Havana/Getty Images Europe/TNS)");
  }

  /**
   * NewsMlG2Parser reads a picture only from a picture item: a text item's link to its picture is
   * not followed. The story item therefore comes back without a picture, and the picture travels
   * as its own item, which does come back whole.
   */
  @Test
  void newsMlCarriesThePictureAsAPictureItemBecauseTheImporterReadsNoneFromATextItem() {
    ExportItem item = Stories.bloomberg().build();
    NewsMlWriter writer = new NewsMlWriter(Stories.PAPER);

    String storyXml = writer.write(item);
    assertThat(parse(storyXml).picture()).isNull();
    assertThat(storyXml).contains("residref=\"" + item.picture().uri() + "\"");

    WireItem pictureItem = parse(writer.writePicture(item).orElseThrow());
    assertThat(pictureItem.type()).isEqualTo(ItemType.PICTURE);
    assertThat(pictureItem.wireId()).isEqualTo(item.picture().uri());
    assertThat(pictureItem.version()).isEqualTo("3");
    assertThat(pictureItem.contributorNames()).containsExactly("Omar Havana");
    assertThat(pictureItem.originators()).containsExactly("Getty Images Europe");
    assertThat(pictureItem.distributors()).containsExactly("TNS");
    Picture picture = pictureItem.picture();
    assertThat(picture.caption()).isEqualTo("NATO Secretary General Mark Rutte speaks in Brussels on Oct. 1.");
    assertThat(picture.creditLine()).isEqualTo("(Omar Havana/Getty Images Europe/TNS)");
    assertThat(picture.renditionHrefs()).containsExactly(item.picture().href());
    assertCredit(picture.credit(), "(Omar Havana/Getty Images Europe/TNS)");
  }

  @Test
  void aStoryWithoutAPictureHasNoPictureItem() {
    assertThat(new NewsMlWriter(Stories.PAPER).writePicture(story().build())).isEmpty();
  }

  /**
   * When the wire's raw credit does not read as the parts the desk settled on, the parts are what
   * go out: the importer reads only the string, and the corrected credit is the one owed.
   */
  @Test
  void aCreditTheDeskCorrectedByHandGoesOutAsItsParts() {
    ExportItem item =
        story().picture("Rutte in Brussels.", new PhotoCredit("Omar Havana", "Getty Images Europe", "TNS", "GETTY IMAGES")).build();
    String expected = "Omar Havana/Getty Images Europe/TNS";

    assertCredit(Format.NINJS.roundTrip(item).picture().credit(), expected);
    assertCredit(parse(new NewsMlWriter(Stories.PAPER).writePicture(item).orElseThrow()).picture().credit(), expected);
  }

  @Test
  void aCreditOfTwoPartsStaysTwoParts() {
    ExportItem item = story().picture("Rutte in Brussels.", new PhotoCredit("Spencer Platt", "Getty Images", null, null)).build();

    PhotoCredit credit = Format.NINJS.roundTrip(item).picture().credit();
    assertThat(credit.getPhotographer()).isEqualTo("Spencer Platt");
    assertThat(credit.getAgency()).isEqualTo("Getty Images");
    assertThat(credit.getDistributor()).isNull();
    assertThat(credit.getRaw()).isEqualTo("Spencer Platt/Getty Images");
  }

  private static void assertCredit(PhotoCredit credit, String raw) {
    assertThat(credit).isNotNull();
    assertThat(credit.getPhotographer()).isEqualTo("Omar Havana");
    assertThat(credit.getAgency()).isEqualTo("Getty Images Europe");
    assertThat(credit.getDistributor()).isEqualTo("TNS");
    assertThat(credit.getRaw()).isEqualTo(raw);
  }
}
