package org.copydesk.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.copydesk.credit.PhotoCredit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Version detection and field reading beyond what the IPTC samples exercise. */
class NinjsParserTest {

  private final NinjsParser parser = new NinjsParser();

  private WireItem parse(String json) {
    return parser.parse(json.replace('\'', '"').getBytes(UTF_8));
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          {'uri': 'u', '$schema': 'http://www.iptc.org/std/ninjs/ninjs-schema_1.6.json#', 'headlines': [] } | NINJS_1
          {'uri': 'u', '$schema': 'https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json', 'headline': 'h' } | NINJS_2
          {'uri': 'u', 'standard': {'name': 'ninjs', 'version': '3.0'}, 'versioncreated': '2024-01-01T00:00:00Z'} | NINJS_3
          {'uri': 'u', '$standard': {'name': 'ninjs', 'version': '1.5'}}                                  | NINJS_1
          {'uri': 'u', 'standard': {'schema': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json'}}     | NINJS_2
          {'uri': 'u', 'standard': {'name': 'TTNINJS', 'version': '1.0'}, 'copyrightHolder': 'TT'}        | NINJS_3
          {'uri': 'u', 'headline': 'h', 'byline': 'b', 'versioncreated': '2024-01-01T00:00:00Z'}          | NINJS_1
          {'uri': 'u', 'body_html': '<p>x</p>'}                                                           | NINJS_1
          {'uri': 'u', 'associations': {'mainpic': {'uri': 'p'}}}                                         | NINJS_1
          {'uri': 'u', 'headlines': [{'value': 'h'}], 'copyrightholder': 'X'}                             | NINJS_2
          {'uri': 'u', 'by': 'b', 'pubstatus': 'usable'}                                                  | NINJS_2
          {'uri': 'u', 'headlines': [{'value': 'h'}], 'copyrightHolder': 'X', 'usageTerms': 'y'}          | NINJS_3
          {'uri': 'u', 'versionCreated': '2024-01-01T00:00:00Z'}                                          | NINJS_3
          {'uri': 'u', 'type': 'text'}                                                                    | NINJS_3
          """)
  void tellsTheVersionFromWhatTheItemSaysOrElseFromItsShape(String json, WireFormat expected) {
    assertThat(parse(json).format()).isEqualTo(expected);
  }

  @Test
  void readsAVersion3ItemWithEveryCreditField() {
    WireItem item =
        parse(
            """
            {'uri': 'urn:wire:42', 'type': 'text', 'version': 3, 'pubStatus': 'withheld',
             'versionCreated': '2024-05-01T09:30:00+02:00', 'embargoedUntil': '2024-05-02T06:00:00Z',
             'language': 'en-GB', 'located': 'Harbourton',
             'headlines': [{'role': 'sub', 'value': 'A sub'}, {'role': 'main', 'value': 'The main headline'}],
             'descriptions': [{'role': 'summary', 'value': 'The dek.'}],
             'bodies': [{'contentType': 'application/xhtml+xml', 'value': '<p>One &amp; two</p>'}],
             'by': 'By Ana Ruiz and Ben Kohl, Bloomberg News',
             'people': [{'name': 'Evelyn Strand'}, {'literal': 'no-name'}],
             'copyrightHolder': 'Bloomberg LP', 'copyrightNotice': '(c) 2024 Bloomberg', 'usageTerms': 'Print only',
             'infoSources': [{'name': 'Bloomberg News', 'role': 'originator'},
                             {'name': 'Tribune News Service', 'role': 'http://cv.example.com/role/distributor'}],
             'edNote': 'Embargoed until Thursday'}
            """);
    assertThat(item.format()).isEqualTo(WireFormat.NINJS_3);
    assertThat(item.version()).as("a number where ninjs wants a string").isEqualTo("3");
    assertThat(item.pubStatus()).isEqualTo(PubStatus.WITHHELD);
    assertThat(item.pubStatus().allowsPublication()).isFalse();
    assertThat(item.versionCreated()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+02:00"));
    assertThat(item.embargoedUntil()).isEqualTo(OffsetDateTime.parse("2024-05-02T06:00:00Z"));
    assertThat(item.isEmbargoedAt(Instant.parse("2024-05-02T05:59:00Z"))).isTrue();
    assertThat(item.headline()).isEqualTo("The main headline");
    assertThat(item.standfirst()).isEqualTo("The dek.");
    assertThat(item.bodyHtml()).isEqualTo("<p>One &amp; two</p>");
    assertThat(item.contributorNames()).containsExactly("Ana Ruiz", "Ben Kohl");
    assertThat(item.byline().affiliation()).isEqualTo("Bloomberg News");
    assertThat(item.people()).containsExactly("Evelyn Strand");
    assertThat(item.copyrightHolder()).isEqualTo("Bloomberg LP");
    assertThat(item.copyrightNotice()).isEqualTo("(c) 2024 Bloomberg");
    assertThat(item.usageTerms()).isEqualTo("Print only");
    assertThat(item.originators()).containsExactly("Bloomberg News");
    assertThat(item.distributors()).containsExactly("Tribune News Service");
    assertThat(item.editorialNote()).isEqualTo("Embargoed until Thursday");
    assertThat(item.located()).isEqualTo("Harbourton");
    assertThat(item.language()).isEqualTo("en-GB");
  }

  @Test
  void honoursAnEmbargoOrKillSpelledTheOtherVersionsWay() {
    WireItem item =
        parse("{'uri': 'u', 'copyrightHolder': 'X', 'usageTerms': 'y', 'edNote': 'z', 'embargoed': '2030-01-01T00:00:00Z', 'pubstatus': 'canceled'}");
    assertThat(item.format()).isEqualTo(WireFormat.NINJS_3);
    assertThat(item.embargoedUntil()).isEqualTo(OffsetDateTime.parse("2030-01-01T00:00:00Z"));
    assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
  }

  @Test
  void readsVersion1InfoSourcesAndDescriptions() {
    WireItem item =
        parse(
            "{'uri': 'u', 'headline': 'H', 'byline': 'By Rita Reyes, Staff writer', 'description_text': 'Dek',"
                + " 'infosource': [{'name': 'Harbourton Police', 'rel': 'originator'}], 'embargoed': '2030-01-01T00:00:00Z'}");
    assertThat(item.format()).isEqualTo(WireFormat.NINJS_1);
    assertThat(item.standfirst()).isEqualTo("Dek");
    assertThat(item.byline().isStaff()).isTrue();
    assertThat(item.originators()).containsExactly("Harbourton Police");
    assertThat(item.embargoedUntil()).isNotNull();
  }

  @Test
  void picksTheFirstPictureAmongTheAssociations() {
    WireItem item =
        parse(
            """
            {'uri': 'u', 'type': 'text', 'headlines': [{'value': 'H'}],
             'associations': [
               {'name': 'related', 'uri': 'urn:text:1', 'type': 'text'},
               {'name': 'chart', 'uri': 'urn:graphic:1', 'type': 'graphic',
                'descriptions': [{'role': 'caption', 'value': 'Budget by department. (Harbourton Courier graphic)'},
                                 {'role': 'creditline', 'value': 'Ines Park/Harbourton Courier'}],
                'renditions': [{'name': 'web', 'href': 'https://img.example.com/chart.png', 'contenttype': 'image/png'}]},
               {'name': 'photo', 'uri': 'urn:picture:1', 'type': 'picture'}]}
            """);
    Picture picture = item.picture();
    assertThat(picture.uri()).isEqualTo("urn:graphic:1");
    assertThat(picture.creditLine()).isEqualTo("Ines Park/Harbourton Courier");
    assertThat(picture.credit()).isEqualTo(new PhotoCredit("Ines Park", "Harbourton Courier", null, "Ines Park/Harbourton Courier"));
    assertThat(picture.renditionHrefs()).containsExactly("https://img.example.com/chart.png");
  }

  @Test
  void treatsAnUntypedItemOfRenditionsAsAPicture() {
    WireItem item = parse("{'uri': 'u', 'by': 'Tom Reed / AP', 'renditions': [{'name': 'main', 'href': 'https://x/y.jpg'}]}");
    assertThat(item.type()).isEqualTo(ItemType.PICTURE);
    assertThat(item.picture().credit()).isEqualTo(new PhotoCredit("Tom Reed", "AP", null, "Tom Reed / AP"));
  }

  @Test
  void tellsAnUnmarkedBodyByItsMarkup() {
    assertThat(parse("{'uri': 'u', 'bodies': [{'value': '<p>Hi</p>'}]}").bodyHtml()).isEqualTo("<p>Hi</p>");
    WireItem plain = parse("{'uri': 'u', 'bodies': [{'value': 'Hi there'}]}");
    assertThat(plain.bodyHtml()).isNull();
    assertThat(plain.bodyText()).isEqualTo("Hi there");
  }

  @Test
  void keepsTheBodyExactlyAsReceived() {
    String hostile = "<p onclick=\"x()\">Hi</p><script>alert(1)</script>";
    String json = Json.createObjectBuilder().add("uri", "u").add("body_html", hostile).build().toString();
    assertThat(parser.parse(json.getBytes(UTF_8)).bodyHtml())
        .as("sanitising is the story's job, not the importer's")
        .isEqualTo(hostile);
  }
}
