package org.copydesk.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.assertj.core.api.AbstractThrowableAssert;
import org.copydesk.ingest.IngestException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Input the importers must refuse, each with a reason and a message that says what is wrong. */
class IngestRefusalTest {

  private static final String NAR = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";
  private static final String MINIMAL_ITEM =
      "<newsItem " + NAR + " guid=\"urn:test:1\" version=\"1\"><itemMeta><itemClass qcode=\"ninat:text\"/></itemMeta>"
          + "<contentMeta><headline>Hello</headline></contentMeta></newsItem>";

  private final NinjsParser ninjs = new NinjsParser();
  private final NewsMlG2Parser newsMl = new NewsMlG2Parser();
  private final WireIngest ingest = new WireIngest();

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable parse, Reason reason) {
    return assertThatThrownBy(parse::run)
        .isInstanceOf(IngestException.class)
        .satisfies(e -> assertThat(((IngestException) e).reason()).isEqualTo(reason));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  // ---------------------------------------------------------------- malformed JSON

  @Test
  void malformedJsonIsRefusedWithLineAndColumn() {
    refused(() -> ninjs.parse(utf8("{\n  \"uri\": \"urn:x\",\n  \"headline\": \n}")), Reason.MALFORMED_JSON)
        .satisfies(e -> assertThat(((IngestException) e).location()).startsWith("line 4, column"))
        .hasMessageContaining("malformed");
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\"")), Reason.MALFORMED_JSON);
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\"} trailing")), Reason.MALFORMED_JSON);
    refused(() -> ninjs.parse(utf8("{'uri': 'urn:x'}")), Reason.MALFORMED_JSON);
  }

  @Test
  void duplicateKeysAreRefusedRatherThanGuessedBetween() {
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"pubstatus\": \"usable\", \"pubstatus\": \"canceled\"}")),
            Reason.MALFORMED_JSON)
        .hasMessageContaining("pubstatus");
  }

  @Test
  void jsonThatIsNotUtf8IsRefused() {
    byte[] latin1 = "{\"uri\": \"urn:x\", \"headline\": \"Sm\u00f8rrebr\u00f8d\"}".getBytes(ISO_8859_1);
    refused(() -> ninjs.parse(latin1), Reason.MALFORMED_JSON).hasMessageContaining("UTF-8");
  }

  @Test
  void absurdlyDeepJsonIsRefusedNotAStackOverflow() {
    byte[] deep = utf8("{\"uri\":\"urn:x\",\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
    refused(() -> ninjs.parse(deep), Reason.MALFORMED_JSON);
  }

  // ---------------------------------------------------------------- malformed XML

  @Test
  void malformedXmlIsRefusedWithLineAndColumn() {
    String broken = "<newsItem " + NAR + " guid=\"g\">\n  <itemMeta>\n    <itemClass qcode=\"ninat:text\"/>\n</newsItem>";
    refused(() -> newsMl.parse(utf8(broken)), Reason.MALFORMED_XML)
        .satisfies(e -> assertThat(((IngestException) e).location()).startsWith("line 4, column"))
        .hasMessageContaining("itemMeta");
    refused(() -> newsMl.parse(utf8("<newsItem " + NAR + " guid=\"a&b\"/>")), Reason.MALFORMED_XML);
    refused(() -> newsMl.parse(utf8("<newsItem " + NAR + "><x>&nbsp;</x></newsItem>")), Reason.MALFORMED_XML)
        .as("an HTML entity is not XML")
        .hasMessageContaining("nbsp");
    refused(() -> newsMl.parse(utf8("<newsItem " + NAR + "/><second/>")), Reason.MALFORMED_XML);
  }

  @Test
  void absurdlyDeepXmlIsRefused() {
    String deep = "<newsItem " + NAR + ">" + "<a>".repeat(500) + "</a>".repeat(500) + "</newsItem>";
    refused(() -> newsMl.parse(utf8(deep)), Reason.MALFORMED_XML).hasMessageContaining("depth");
  }

  // ---------------------------------------------------------------- DOCTYPE and entities

  @Test
  @Timeout(10)
  void externalEntitiesAreRefusedAndNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE newsItem [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
            + "<newsItem " + NAR + " guid=\"g\"><itemMeta><itemClass qcode=\"ninat:text\"/></itemMeta>"
            + "<contentMeta><headline>&xxe;</headline></contentMeta></newsItem>";
    refused(() -> newsMl.parse(utf8(xxe)), Reason.DOCTYPE_REFUSED)
        .satisfies(e -> assertThat(((IngestException) e).location()).startsWith("line 2, column"))
        .hasMessageNotContaining("TOP-SECRET");
    refused(() -> ingest.parse(utf8(xxe)), Reason.DOCTYPE_REFUSED);
  }

  @Test
  @Timeout(10)
  void externalDtdsAreRefusedWithoutBeingFetched() {
    // Port 9 (discard) on the loopback: a fetch would fail or hang, a refusal is immediate.
    String dtd = "<!DOCTYPE newsItem SYSTEM \"http://127.0.0.1:9/evil.dtd\">" + MINIMAL_ITEM;
    refused(() -> newsMl.parse(utf8(dtd)), Reason.DOCTYPE_REFUSED);
    String parameterEntity =
        "<!DOCTYPE newsItem [ <!ENTITY % remote SYSTEM \"http://127.0.0.1:9/x\"> %remote; ]>" + MINIMAL_ITEM;
    refused(() -> newsMl.parse(utf8(parameterEntity)), Reason.DOCTYPE_REFUSED);
  }

  @Test
  @Timeout(10)
  void entityExpansionBombsAreRefused() {
    StringBuilder bomb = new StringBuilder("<!DOCTYPE newsItem [ <!ENTITY a \"lol\">");
    for (char c = 'b'; c <= 'k'; c++) {
      char prev = (char) (c - 1);
      bomb.append("<!ENTITY ").append(c).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
    }
    bomb.append("]>").append(MINIMAL_ITEM.replace("Hello", "&k;"));
    refused(() -> newsMl.parse(utf8(bomb.toString())), Reason.DOCTYPE_REFUSED);
  }

  // ---------------------------------------------------------------- wrong type

  @Test
  void theWrongKindOfDocumentIsRefusedByName() {
    refused(() -> newsMl.parse(utf8("{\"uri\": \"urn:x\"}")), Reason.NOT_XML).hasMessageContaining("JSON");
    refused(() -> ninjs.parse(utf8(MINIMAL_ITEM)), Reason.NOT_JSON).hasMessageContaining("XML");
    refused(() -> ninjs.parse(utf8("Dear editor, here is my story.")), Reason.NOT_JSON);
    refused(() -> newsMl.parse(utf8("Dear editor, here is my story.")), Reason.NOT_XML);
    refused(() -> ingest.parse(utf8("Dear editor, here is my story.")), Reason.UNKNOWN_FORMAT);
    refused(() -> ninjs.parse(utf8("\"just a string\"")), Reason.NOT_JSON);
    refused(() -> ingest.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a}), Reason.UNKNOWN_FORMAT);
  }

  @Test
  void somethingThatIsNotANewsItemIsRefused() {
    refused(() -> ninjs.parse(utf8("[{\"uri\": \"urn:x\"}]")), Reason.NOT_A_NEWS_ITEM).hasMessageContaining("array");
    refused(() -> newsMl.parse(utf8("<packageItem " + NAR + " guid=\"g\"/>")), Reason.NOT_A_NEWS_ITEM)
        .hasMessageContaining("packageItem");
    refused(() -> newsMl.parse(utf8("<rss version=\"2.0\"><channel/></rss>")), Reason.NOT_A_NEWS_ITEM)
        .hasMessageContaining("rss");
    refused(() -> newsMl.parse(utf8("<newsItem guid=\"g\"><itemMeta/></newsItem>")), Reason.NOT_A_NEWS_ITEM)
        .as("a newsItem outside the NewsML-G2 namespace is some other vocabulary's")
        .hasMessageContaining("namespace");
  }

  @Test
  void anItemWithoutItsIdentifierIsRefused() {
    refused(() -> ninjs.parse(utf8("{\"headline\": \"No uri\"}")), Reason.MISSING_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/uri"));
    refused(() -> newsMl.parse(utf8(MINIMAL_ITEM.replace("guid=\"urn:test:1\"", ""))), Reason.MISSING_FIELD)
        .hasMessageContaining("guid");
    refused(() -> newsMl.parse(utf8("<newsItem " + NAR + " guid=\"g\"><itemMeta/></newsItem>")), Reason.MISSING_FIELD)
        .hasMessageContaining("itemClass");
  }

  @Test
  void itemsThatAreNeitherTextNorPictureAreRefused() {
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"type\": \"video\"}")), Reason.UNSUPPORTED_ITEM_TYPE)
        .hasMessageContaining("video");
    refused(() -> newsMl.parse(utf8(MINIMAL_ITEM.replace("ninat:text", "ninat:audio"))), Reason.UNSUPPORTED_ITEM_TYPE);
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"type\": \"story\"}")), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/type"));
  }

  @Test
  void anUnknownNinjsVersionIsRefused() {
    refused(() -> ninjs.parse(utf8("{\"$schema\": \"http://www.iptc.org/std/ninjs/ninjs-schema_4.0.json\", \"uri\": \"urn:x\"}")),
            Reason.UNSUPPORTED_VERSION)
        .hasMessageContaining("4");
  }

  // ---------------------------------------------------------------- bad fields

  @Test
  void aFieldOfTheWrongTypeIsNamedByItsPath() {
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"headlines\": \"Not a list\"}")), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/headlines"))
        .hasMessageContaining("must be an array, but is string");
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"headlines\": [{\"value\": 7}]}")), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/headlines/0/value"));
    String badWidth =
        "{\"uri\": \"urn:x\", \"headline\": \"H\", \"associations\": {\"mainpic\": {\"uri\": \"urn:p\", \"type\": \"picture\","
            + " \"renditions\": {\"main\": {\"href\": \"http://x/y.jpg\", \"width\": \"wide\"}}}}}";
    refused(() -> ninjs.parse(utf8(badWidth)), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/associations/mainpic/renditions/main/width"));
  }

  @Test
  void anEmbargoThatCannotBeReadIsRefusedNotIgnored() {
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"embargoed\": \"next Tuesday\"}")), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/embargoed"));
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"embargoedUntil\": \"2024-05-01T12:00:00\"}")), Reason.INVALID_FIELD)
        .as("without an offset the instant is unknown")
        .hasMessageContaining("UTC offset");
    String emptyEmbargo = MINIMAL_ITEM.replace("<itemClass qcode=\"ninat:text\"/>", "<itemClass qcode=\"ninat:text\"/><embargoed/>");
    refused(() -> newsMl.parse(utf8(emptyEmbargo)), Reason.INVALID_FIELD).hasMessageContaining("embargo");
    String badEmbargo = MINIMAL_ITEM.replace("<itemClass qcode=\"ninat:text\"/>", "<itemClass qcode=\"ninat:text\"/><embargoed>soon</embargoed>");
    refused(() -> newsMl.parse(utf8(badEmbargo)), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("itemMeta/embargoed"));
  }

  @Test
  void aPublishingStatusThatCannotBeReadIsRefused() {
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"pubstatus\": \"maybe\"}")), Reason.INVALID_FIELD)
        .satisfies(e -> assertThat(((IngestException) e).location()).isEqualTo("/pubstatus"));
    refused(() -> ninjs.parse(utf8("{\"uri\": \"urn:x\", \"pubstatus\": \"usable\", \"pubStatus\": \"canceled\"}")),
            Reason.INVALID_FIELD)
        .hasMessageContaining("contradicts");
    String odd = MINIMAL_ITEM.replace("<itemClass qcode=\"ninat:text\"/>", "<itemClass qcode=\"ninat:text\"/><pubStatus qcode=\"stat:pending\"/>");
    refused(() -> newsMl.parse(utf8(odd)), Reason.INVALID_FIELD).hasMessageContaining("stat:pending");
  }

  // ---------------------------------------------------------------- size

  @Test
  void oversizedInputIsRefusedBeforeParsing() {
    // Not even JSON or XML: the size alone decides, so nothing was parsed.
    byte[] big = new byte[WireIngest.MAX_INPUT_BYTES + 1];
    Arrays.fill(big, (byte) '{');
    refused(() -> ninjs.parse(big), Reason.TOO_LARGE).hasMessageContaining("5 MB");
    Arrays.fill(big, (byte) '<');
    refused(() -> newsMl.parse(big), Reason.TOO_LARGE);
    refused(() -> ingest.parse(big), Reason.TOO_LARGE);
  }

  @Test
  @Timeout(30)
  void anEndlessStreamIsCutOffAtTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            return len;
          }
        };
    refused(() -> ingest.parse(endless), Reason.TOO_LARGE);
  }

  @Test
  @Timeout(30)
  void inputOfExactlyTheLimitIsAccepted() {
    byte[] item = utf8("{\"uri\": \"urn:x\", \"headline\": \"Padded\"}");
    byte[] padded = new byte[WireIngest.MAX_INPUT_BYTES];
    Arrays.fill(padded, (byte) ' ');
    System.arraycopy(item, 0, padded, 0, item.length);
    assertThat(ninjs.parse(new ByteArrayInputStream(padded)).headline()).isEqualTo("Padded");
  }

  @Test
  void emptyInputIsRefused() {
    refused(() -> ninjs.parse(new byte[0]), Reason.EMPTY);
    refused(() -> newsMl.parse(utf8("  \n ")), Reason.EMPTY);
    refused(() -> ingest.parse((byte[]) null), Reason.EMPTY);
  }

  @Test
  void everyReasonHasAStableCode() {
    assertThat(Reason.MALFORMED_JSON.code()).isEqualTo("malformed-json");
    assertThat(Reason.DOCTYPE_REFUSED.code()).isEqualTo("doctype-refused");
    assertThat(new IngestException(Reason.TOO_LARGE, "x").reasonCode()).isEqualTo("too-large");
    assertThat(Arrays.stream(Reason.values()).map(Reason::code)).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z-]+"));
  }
}
