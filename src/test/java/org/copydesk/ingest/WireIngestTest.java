package org.copydesk.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.copydesk.credit.CreditParser;
import org.copydesk.credit.WireService;
import org.copydesk.credit.WireServiceKind;
import org.junit.jupiter.api.Test;

class WireIngestTest {

  private final WireIngest ingest = new WireIngest();

  @Test
  void sendsJsonToNinjsAndXmlToNewsMl() {
    assertThat(ingest.parse(Samples.bytes("ninjs/v3.0-ntb_text.json")).format()).isEqualTo(WireFormat.NINJS_3);
    assertThat(ingest.parse(Samples.bytes("newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml")).format())
        .isEqualTo(WireFormat.NEWSML_G2);
  }

  @Test
  void skipsAByteOrderMarkAndLeadingWhitespace() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] json = "\n  {\"uri\": \"urn:x\", \"headline\": \"H\"}".getBytes(UTF_8);
    byte[] input = new byte[bom.length + json.length];
    System.arraycopy(bom, 0, input, 0, bom.length);
    System.arraycopy(json, 0, input, bom.length, json.length);
    assertThat(ingest.parse(input).headline()).isEqualTo("H");
  }

  @Test
  void readsFromAStream() {
    WireItem item = ingest.parse(new ByteArrayInputStream(Samples.bytes("ninjs/v2.1-tt_text_image_2.json")));
    assertThat(item.picture().credit().getPhotographer()).isEqualTo("Karl Melander");
  }

  @Test
  void usesTheNewsroomsOwnWireServicesWhenReadingCredits() {
    WireService courier = new WireService("Harbourton Courier", "HC", WireServiceKind.SYNDICATE, null, null);
    WireIngest local = new WireIngest(CreditParser.forWireServices(List.of(courier)));
    byte[] json = "{\"uri\": \"urn:x\", \"by\": \"By Dana Wu, Harbourton Courier\"}".getBytes(UTF_8);
    assertThat(local.parse(json).byline().affiliation()).isEqualTo("Harbourton Courier");
    assertThat(ingest.parse(json).byline().isRecognised()).isFalse();
  }
}
