package org.copydesk.ingest.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.copydesk.ingest.export.Stories.story;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.copydesk.credit.ContributorRole;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The exports are what the standards say: ninjs that its 2.2 schema accepts, well-formed XML. */
class ExportConformanceTest {

  private static final String NAR = NewsMlWriter.NAR;
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** Every optional part present, so every name the writer can emit is checked. */
  private static ExportItem everything() {
    return Stories.bloomberg()
        .credit("Jane Doe", ContributorRole.ADDITIONAL_REPORTING, "Bloomberg News")
        .credit("Omar Havana", ContributorRole.PHOTOGRAPHER, "Getty Images Europe")
        .build();
  }

  // ---------------------------------------------------------------- ninjs

  @Test
  void ninjsFollowsTheVersion22Schema() {
    String json = new NinjsWriter().write(everything());

    assertThat(NinjsSchemaCheck.version22().problems(json)).isEmpty();
  }

  @Test
  void aMinimalNinjsItemFollowsTheSchemaToo() {
    String json = new NinjsWriter().write(story().build());

    assertThat(NinjsSchemaCheck.version22().problems(json)).isEmpty();
  }

  @Test
  void everyTopLevelNameIsLowerCaseAndDeclaredInTheSchema() {
    JsonObject ninjs = read(new NinjsWriter().write(everything()));

    assertThat(NinjsSchemaCheck.version22().itemPropertyNames()).containsAll(ninjs.keySet());
    assertThat(ninjs.keySet()).allMatch(k -> k.equals(k.toLowerCase(java.util.Locale.ROOT)));
    assertThat(ninjs.keySet())
        .contains("uri", "type", "version", "versioncreated", "firstcreated", "pubstatus", "language", "headlines",
            "descriptions", "bodies", "by", "people", "copyrightholder", "usageterms", "infosources", "ednote", "associations");
  }

  @Test
  void theSchemaCheckFindsNamesShapesAndValuesTheSchemaRefuses() {
    JsonObject good = read(new NinjsWriter().write(everything()));
    String bad =
        Json.createObjectBuilder(good)
            .add("pubStatus", "usable")
            .add("pubstatus", "killed")
            .add("version", 3)
            .add("versioncreated", "2024-10-02T14:30Z")
            .add("headlines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "main")))
            .add("associations", Json.createArrayBuilder().add(Json.createObjectBuilder().add("uri", "https://x.example/p")))
            .build()
            .toString();

    List<String> problems = NinjsSchemaCheck.version22().problems(bad);
    assertThat(problems)
        .anyMatch(p -> p.startsWith("/pubStatus"))
        .anyMatch(p -> p.startsWith("/pubstatus"))
        .anyMatch(p -> p.startsWith("/version"))
        .anyMatch(p -> p.startsWith("/versioncreated"))
        .anyMatch(p -> p.startsWith("/headlines/0") && p.contains("value"))
        .anyMatch(p -> p.startsWith("/associations/0") && p.contains("name"));
  }

  @Test
  void ninjsListsTheCreditedPeopleWithWhatTheyDid() {
    JsonObject ninjs = read(new NinjsWriter().write(everything()));

    assertThat(ninjs.getJsonArray("people").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("name") + "/" + p.getString("rel"))
        .containsExactly("Iain Marlow/author", "Andrea Palasciano/author", "Jane Doe/contributor", "Omar Havana/photographer");
    assertThat(ninjs.getJsonArray("infosources").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("name") + "/" + p.getString("role"))
        .containsExactly("Bloomberg News/originator", "Getty Images Europe/originator", "Tribune News Service/distributor");
    JsonObject picture = ninjs.getJsonArray("associations").getJsonObject(0);
    assertThat(picture.getString("name")).isEqualTo("featureimage");
    assertThat(picture.getString("by")).isEqualTo("Omar Havana");
    assertThat(picture.getJsonArray("infosources").getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("name") + "/" + p.getString("role"))
        .containsExactly("Getty Images Europe/originator", "TNS/distributor");
  }

  @Test
  void timesAlwaysCarrySecondsAndAnOffset() {
    JsonObject ninjs = read(new NinjsWriter().write(everything()));

    assertThat(ninjs.getString("firstcreated")).isEqualTo("2024-10-01T09:00:00Z");
    assertThat(ninjs.getString("versioncreated")).isEqualTo("2024-10-02T14:30:05.25+02:00");
  }

  // ---------------------------------------------------------------- NewsML-G2

  @Test
  void theNewsMlStoryIsWellFormedNamespacedXml() throws Exception {
    Document doc = xml(new NewsMlWriter(Stories.PAPER).write(everything()));
    Element root = doc.getDocumentElement();

    assertThat(root.getNamespaceURI()).isEqualTo(NAR);
    assertThat(root.getLocalName()).isEqualTo("newsItem");
    assertThat(root.getAttribute("guid")).isEqualTo(Stories.bloomberg().build().uri());
    assertThat(root.getAttribute("version")).isEqualTo("3");
    assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en-GB");
    assertThat(childNames(root)).containsExactly("catalogRef", "rightsInfo", "itemMeta", "contentMeta", "contentSet");
    assertThat(childNames(child(root, "itemMeta")))
        .containsExactly("itemClass", "provider", "versionCreated", "firstCreated", "pubStatus", "edNote", "link");
    assertThat(child(child(root, "itemMeta"), "itemClass").getAttribute("qcode")).isEqualTo("ninat:text");
    assertThat(child(child(root, "itemMeta"), "pubStatus").getAttribute("qcode")).isEqualTo("stat:usable");
    assertThat(childNames(child(root, "contentMeta")))
        .containsExactly("contentCreated", "infoSource", "infoSource", "infoSource", "creator", "creator", "contributor",
            "contributor", "language", "headline", "by", "creditline", "description");
    assertThat(child(child(root, "contentMeta"), "creditline").getTextContent())
        .isEqualTo("Bloomberg News and Getty Images Europe via Tribune News Service");

    Element inline = child(child(root, "contentSet"), "inlineXML");
    assertThat(inline.getAttribute("contenttype")).isEqualTo("application/xhtml+xml");
    NodeList html = inline.getElementsByTagNameNS(XHTML, "html");
    assertThat(html.getLength()).isEqualTo(1);
    assertThat(((Element) html.item(0)).getElementsByTagNameNS(XHTML, "body").getLength()).isEqualTo(1);
  }

  @Test
  void theXhtmlBodyIsInTheXhtmlNamespaceWithEmptyLineBreaks() throws Exception {
    String body = "<p>One<br>two &amp; <em>three</em></p><ul><li>four</li></ul>";
    Document doc = xml(new NewsMlWriter(Stories.PAPER).write(story().body(body).build()));

    Element xhtmlBody = (Element) doc.getElementsByTagNameNS(XHTML, "body").item(0);
    assertThat(childNames(xhtmlBody)).containsExactly("p", "ul");
    Element br = (Element) xhtmlBody.getElementsByTagNameNS(XHTML, "br").item(0);
    assertThat(br.hasChildNodes()).isFalse();
    assertThat(xhtmlBody.getElementsByTagNameNS("*", "*").getLength())
        .isEqualTo(xhtmlBody.getElementsByTagNameNS(XHTML, "*").getLength());
    assertThat(xhtmlBody.getTextContent()).isEqualTo("Onetwo & threefour");
  }

  @Test
  void creatorsNameTheirAffiliationAndStaffBelongToTheProvider() throws Exception {
    Document doc = xml(new NewsMlWriter(Stories.PAPER).write(story().writer("Iain Marlow", "Bloomberg News").writer("Ines Park", null).build()));

    NodeList creators = doc.getElementsByTagNameNS(NAR, "creator");
    List<String> credited = new ArrayList<>();
    for (int i = 0; i < creators.getLength(); i++) {
      Element creator = (Element) creators.item(i);
      Element affiliation = child(child(creator, "personDetails"), "affiliation");
      credited.add(child(creator, "name").getTextContent() + "/" + child(affiliation, "name").getTextContent());
    }
    assertThat(credited).containsExactly("Iain Marlow/Bloomberg News", "Ines Park/" + Stories.PAPER);
  }

  @Test
  void thePictureItemIsWellFormedToo() throws Exception {
    Document doc = xml(new NewsMlWriter(Stories.PAPER).writePicture(everything()).orElseThrow());
    Element root = doc.getDocumentElement();

    assertThat(childNames(root)).containsExactly("catalogRef", "itemMeta", "contentMeta", "contentSet");
    assertThat(child(child(root, "itemMeta"), "itemClass").getAttribute("qcode")).isEqualTo("ninat:picture");
    assertThat(child(child(root, "contentSet"), "remoteContent").getAttribute("href"))
        .isEqualTo("https://cdn.courier.example/photos/rutte-brussels.jpg");
  }

  @Test
  void theXmlDeclarationSaysUtf8AndTheTextIsUtf8() throws Exception {
    String out = new NewsMlWriter(Stories.PAPER).write(story().writer("Zoë Ångström", "Reuters").build());

    assertThat(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(xml(out).getElementsByTagNameNS(NAR, "by").item(0).getTextContent()).isEqualTo("By Zoë Ångström, Reuters");
  }

  // ---------------------------------------------------------------- refused input

  @Test
  void anItemThatNoReceiverCouldTakeIsRefusedAtTheExporter() {
    Stories s = story();
    s.uri = "news/relative";
    assertThatThrownBy(s::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute URI");
  }

  @Test
  void versionsStartAtOne() {
    Stories s = story();
    s.version = 0;
    assertThatThrownBy(s::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
  }

  @Test
  void aHeadlineIsRequired() {
    assertThatThrownBy(() -> story().headline("  ").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headline");
  }

  @Test
  void aNewsMlWriterNeedsItsProvider() {
    assertThatThrownBy(() -> new NewsMlWriter(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- helpers

  private static JsonObject read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static Document xml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xml.getBytes(UTF_8)));
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        names.add(c.getLocalName());
      }
    }
    return names;
  }

  private static Element child(Element e, String localName) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && localName.equals(c.getLocalName())) {
        return c;
      }
    }
    throw new AssertionError("No " + localName + " in " + e.getLocalName());
  }
}
