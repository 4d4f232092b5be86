package org.copydesk.ingest;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.copydesk.credit.PhotoCredit;
import org.junit.jupiter.api.Test;

/** NewsML-G2 shapes beyond the IPTC samples: bodies, prefixes, roles and statuses. */
class NewsMlG2ParserTest {

  private final NewsMlG2Parser parser = new NewsMlG2Parser();

  private WireItem parse(String xml) {
    return parser.parse(xml.getBytes(UTF_8));
  }

  private static final String TEXT_ITEM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/" xmlns:h="http://www.w3.org/1999/xhtml"
          guid="urn:newsml:example.com:20240501:budget" version="4" xml:lang="en-GB">
        <g2:rightsInfo>
          <g2:copyrightHolder literal="Harbourton Courier"/>
          <g2:usageTerms>
            Print and web,
            no syndication
          </g2:usageTerms>
        </g2:rightsInfo>
        <g2:itemMeta>
          <g2:itemClass uri="http://cv.iptc.org/newscodes/ninature/text"/>
          <g2:versionCreated>2024-05-01T09:30:00+01:00</g2:versionCreated>
          <g2:embargoed>2024-05-02T06:00:00Z</g2:embargoed>
          <g2:pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled"/>
          <g2:edNote>Kill: legal</g2:edNote>
        </g2:itemMeta>
        <g2:contentMeta>
          <g2:language tag="en-CA"/>
          <g2:creator><g2:name>Not Used</g2:name></g2:creator>
          <g2:by>By Ana Ruiz and Ben Kohl, Reuters</g2:by>
          <g2:infoSource role="isrol:originfo"><g2:name>Reuters</g2:name></g2:infoSource>
          <g2:infoSource role="cpprole:distributor" literal="Tribune News Service"/>
          <g2:subject type="cpnat:person" qcode="p:1"><g2:name>Evelyn Strand</g2:name></g2:subject>
          <g2:subject type="cpnat:abstract" qcode="medtop:1"><g2:name>budget</g2:name></g2:subject>
          <g2:headline role="hld:sub">A subheading</g2:headline>
          <g2:headline>Council passes budget</g2:headline>
          <g2:description role="drol:summary">The vote was 7-4.</g2:description>
        </g2:contentMeta>
        <g2:contentSet>
          <g2:inlineXML contenttype="application/xhtml+xml">
            <h:html><h:head><h:title>t</h:title></h:head>
              <h:body><h:p xml:lang="en" class="lead">Tax &amp; spend &lt;up&gt;<h:br/>"quoted"</h:p><!-- note --><h:img src="a.jpg" alt="A &quot;b&quot;"/></h:body>
            </h:html>
          </g2:inlineXML>
        </g2:contentSet>
      </g2:newsItem>
      """;

  @Test
  void readsAPrefixedItemByNamespaceNotByPrefix() {
    WireItem item = parse(TEXT_ITEM);
    assertThat(item.wireId()).isEqualTo("urn:newsml:example.com:20240501:budget");
    assertThat(item.version()).isEqualTo("4");
    assertThat(item.type()).as("itemClass given as a URI").isEqualTo(ItemType.TEXT);
    assertThat(item.pubStatus()).isEqualTo(PubStatus.CANCELED);
    assertThat(item.embargoedUntil()).isEqualTo(OffsetDateTime.parse("2024-05-02T06:00:00Z"));
    assertThat(item.versionCreated()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+01:00"));
    assertThat(item.language()).as("contentMeta/language beats xml:lang").isEqualTo("en-CA");
    assertThat(item.headline()).as("the headline without a role").isEqualTo("Council passes budget");
    assertThat(item.standfirst()).isEqualTo("The vote was 7-4.");
    assertThat(item.editorialNote()).isEqualTo("Kill: legal");
    assertThat(item.copyrightHolder()).isEqualTo("Harbourton Courier");
    assertThat(item.usageTerms()).as("indentation collapsed").isEqualTo("Print and web, no syndication");
    assertThat(item.people()).containsExactly("Evelyn Strand");
  }

  @Test
  void readsTheBylineFromByRatherThanTheCreators() {
    WireItem item = parse(TEXT_ITEM);
    assertThat(item.byline().raw()).isEqualTo("By Ana Ruiz and Ben Kohl, Reuters");
    assertThat(item.contributorNames()).containsExactly("Ana Ruiz", "Ben Kohl");
    assertThat(item.byline().affiliation()).isEqualTo("Reuters");
  }

  @Test
  void tellsOriginatorsFromDistributors() {
    WireItem item = parse(TEXT_ITEM);
    assertThat(item.originators()).containsExactly("Reuters");
    assertThat(item.distributors()).containsExactly("Tribune News Service");
  }

  @Test
  void turnsTheInlineXhtmlBodyIntoAnHtmlFragment() {
    assertThat(parse(TEXT_ITEM).bodyHtml())
        .isEqualTo(
            "<p lang=\"en\" class=\"lead\">Tax &amp; spend &lt;up&gt;<br>\"quoted\"</p><img src=\"a.jpg\" alt=\"A &quot;b&quot;\">");
  }

  @Test
  void readsANitfBodyAndAPlainTextBody() {
    String nitf =
        TEXT_ITEM.replaceAll("(?s)<g2:inlineXML.*</g2:inlineXML>",
            "<g2:inlineXML contenttype=\"application/nitf+xml\"><nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">"
                + "<head/><body><body.head><hedline><hl1>H</hl1></hedline></body.head>"
                + "<body.content><p>First.</p><p>Second.</p></body.content></body></nitf></g2:inlineXML>"
                + "<g2:inlineData contenttype=\"text/plain\">First. Second.</g2:inlineData>");
    WireItem item = parse(nitf);
    assertThat(item.bodyHtml()).isEqualTo("<p>First.</p><p>Second.</p>");
    assertThat(item.bodyText()).isEqualTo("First. Second.");
  }

  @Test
  void creditsAPictureFromItsCreditLineAndItsPhotographer() {
    WireItem item =
        parse(
            """
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:pic:1" version="2">
              <itemMeta><itemClass qcode="ninat:picture"/><pubStatus qcode="stat:withheld"/></itemMeta>
              <contentMeta>
                <creator role="crol:photographer"><name>Omar Havana</name></creator>
                <creditline>Getty Images Europe/TNS</creditline>
                <headline>Harbour at dawn</headline>
                <description role="drol:caption">Boats leave the harbour at dawn.</description>
              </contentMeta>
              <contentSet>
                <remoteContent rendition="rnd:highRes" href="https://img.example.com/p1.jpg" contenttype="image/jpeg" width="3000" height="2000"/>
              </contentSet>
            </newsItem>
            """);
    assertThat(item.type()).isEqualTo(ItemType.PICTURE);
    assertThat(item.pubStatus()).isEqualTo(PubStatus.WITHHELD);
    Picture picture = item.picture();
    assertThat(picture.caption()).isEqualTo("Boats leave the harbour at dawn.");
    assertThat(picture.credit())
        .as("the photographer comes from the structured creator; the raw string stays the credit line")
        .isEqualTo(new PhotoCredit("Omar Havana", "Getty Images Europe", "TNS", "Getty Images Europe/TNS"));
    assertThat(picture.credit().render()).isEqualTo("(Omar Havana/Getty Images Europe/TNS)");
    assertThat(picture.renditions()).containsExactly(new Rendition("rnd:highRes", "https://img.example.com/p1.jpg", "image/jpeg", 3000, 2000));
  }

  @Test
  void readsUtf16() {
    WireItem item = parser.parse(TEXT_ITEM.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(UTF_16));
    assertThat(item.headline()).isEqualTo("Council passes budget");
  }
}
