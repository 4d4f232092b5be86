package org.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.copydesk.credit.PhotoCredit;
import org.junit.jupiter.api.Test;

/** One test per IPTC NewsML-G2 sample: every sample parses, with the right credits. */
class NewsMlG2SamplesTest {

  private final NewsMlG2Parser parser = new NewsMlG2Parser();

  @Test
  void embargoedTextItem() {
    WireItem item = parser.parse(Samples.bytes("newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml"));

    assertThat(item.format()).isEqualTo(WireFormat.NEWSML_G2);
    assertThat(item.type()).isEqualTo(ItemType.TEXT);
    assertThat(item.wireId()).isEqualTo("urn:newsml:acmenews.com:20161018:US-FINANCE-FED");
    assertThat(item.version()).isEqualTo("11");
    assertThat(item.versionCreated()).isEqualTo(OffsetDateTime.parse("2018-10-21T16:25:32-05:00"));
    assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
    assertThat(item.embargoedUntil()).isEqualTo(OffsetDateTime.parse("2018-10-23T12:00:00Z"));
    assertThat(item.isEmbargoedAt(Instant.parse("2018-10-23T11:59:59Z"))).isTrue();
    assertThat(item.isEmbargoedAt(Instant.parse("2018-10-23T12:00:00Z"))).isFalse();
    assertThat(item.language()).isEqualTo("en-GB");
    assertThat(item.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
    assertThat(item.byline().raw()).as("no <by> was sent").isNull();
    assertThat(item.contributorNames()).as("the creator stands in for the byline").containsExactly("Meredith Jameson");
    assertThat(item.located()).isEqualTo("Berlin");
    assertThat(item.copyrightHolder()).isEqualTo("Example Enews LLP");
    assertThat(item.copyrightNotice()).isEqualTo("Copyright 2017-18 Example Enews LLP, all rights reserved");
    assertThat(item.usageTerms()).isEqualTo("Not for use outside the United States");
    assertThat(item.infoSources()).containsExactly(new InfoSource(null, "http://www.example.com", null));
    assertThat(item.infoSources().get(0).isOriginator()).isTrue();
    assertThat(item.editorialNote()).startsWith("Note to editors: STRICTLY EMBARGOED. Not for public release until 12noon on");
    assertThat(item.bodyHtml()).as("the sample's inlineXML holds only comments").isNull();
    assertThat(item.standfirst()).isNull();
    assertThat(item.picture()).isNull();
  }

  @Test
  void gettyPictureItem() {
    WireItem item = parser.parse(Samples.bytes("newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml"));

    assertThat(item.format()).isEqualTo(WireFormat.NEWSML_G2);
    assertThat(item.type()).isEqualTo(ItemType.PICTURE);
    assertThat(item.wireId()).isEqualTo("tag:gettyimages.com,2010:GYI0062134533");
    assertThat(item.version()).isEqualTo("11");
    assertThat(item.versionCreated()).as("read despite the sample's trailing space").isEqualTo(OffsetDateTime.parse("2018-10-12T06:42:04Z"));
    assertThat(item.pubStatus()).isEqualTo(PubStatus.USABLE);
    assertThat(item.embargoedUntil()).isNull();
    assertThat(item.language()).isEqualTo("en-US");
    assertThat(item.headline()).isEqualTo("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred");
    assertThat(item.contributorNames()).containsExactly("Spencer Platt");
    assertThat(item.copyrightHolder()).isEqualTo("Getty Images North America");
    assertThat(item.copyrightNotice())
        .isEqualTo("Copyright 2010 Getty Images. -- http://www.gettyimages.com/Corporate/LicenseInfo.aspx");
    assertThat(item.usageTerms())
        .isEqualTo(
            "Contact your local office for all commercial or promotional uses. Full editorial rights UK, US, Ireland,"
                + " Canada (not Quebec). Restricted editorial rights for daily newspapers elsewhere, please call.");
    assertThat(item.infoSources()).isEmpty();
    assertThat(item.standfirst()).startsWith("A general view of part of downtown").endsWith("(Photo by Spencer Platt/Getty Images)");

    Picture picture = item.picture();
    assertThat(picture.uri()).isEqualTo(item.wireId());
    assertThat(picture.headline()).isEqualTo(item.headline());
    assertThat(picture.caption()).isEqualTo(item.standfirst());
    assertThat(picture.creditLine()).isEqualTo("Getty Images");
    assertThat(picture.credit())
        .as("the caption's credit names the photographer as well as the agency")
        .isEqualTo(new PhotoCredit("Spencer Platt", "Getty Images", null, "Photo by Spencer Platt/Getty Images"));
    assertThat(picture.renditions()).extracting(Rendition::name).containsExactly("rnd:highRes", "rnd:web", "rnd:thumb");
    assertThat(picture.renditions().get(0))
        .isEqualTo(new Rendition("rnd:highRes", "./GYI0062134533.jpg", "image/jpeg", 1500, 1001));
    assertThat(picture.renditionHrefs()).contains("file:///./ GYI0062134533-web.jpg");
  }
}
