package org.copydesk.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.copydesk.credit.CreditParser;
import org.copydesk.credit.ParsedByline;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.IngestException.Reason;

/**
 * Reads a NewsML-G2 {@code newsItem} carrying text or a picture. Elements are matched by namespace
 * and local name, so any prefix works; a {@code newsItem} outside the NewsML-G2 namespace is not
 * one. A DOCTYPE is refused outright (see {@link XmlElement}).
 */
public final class NewsMlG2Parser implements WireParser {

  /** The NewsML-G2 (News Architecture) namespace. */
  public static final String NAR = "http://iptc.org/std/nar/2006-10-01/";

  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  private final CreditParser credits;

  public NewsMlG2Parser() {
    this(new CreditParser());
  }

  public NewsMlG2Parser(CreditParser credits) {
    this.credits = Objects.requireNonNull(credits, "credits");
  }

  @Override
  public WireItem parse(byte[] input) {
    WireInput.checkSize(input);
    if (!WireInput.startsWithUtf16Bom(input)) {
      int first = WireInput.firstSignificantByte(input);
      if (first < 0) {
        throw new IngestException(Reason.EMPTY, "The input holds only whitespace");
      }
      if (input[first] == '{' || input[first] == '[') {
        throw new IngestException(Reason.NOT_XML, "The input is JSON, not XML; ninjs has its own importer");
      }
      if (input[first] != '<') {
        throw new IngestException(Reason.NOT_XML, "The input is not XML: it does not start with '<'");
      }
    }
    XmlElement root = XmlElement.parse(input);
    if (!root.is(NAR, "newsItem")) {
      String found = root.namespace().isEmpty() ? root.name() : "{" + root.namespace() + "}" + root.name();
      throw new IngestException(
          Reason.NOT_A_NEWS_ITEM,
          "The root element is " + found + "; a NewsML-G2 news item is a newsItem in the namespace " + NAR);
    }
    return read(root);
  }

  private WireItem read(XmlElement item) {
    String guid = blankToNull(item.attribute("guid"));
    if (guid == null) {
      throw new IngestException(Reason.MISSING_FIELD, "newsItem/@guid", "A news item needs its guid");
    }
    XmlElement itemMeta =
        item.child(NAR, "itemMeta")
            .orElseThrow(() -> new IngestException(Reason.MISSING_FIELD, "newsItem/itemMeta", "A news item needs its itemMeta"));
    Optional<XmlElement> contentMeta = item.child(NAR, "contentMeta");
    Optional<XmlElement> rights = item.child(NAR, "rightsInfo");
    ItemType type = itemClass(itemMeta);

    String summary = description(contentMeta, "summary", true);
    String caption = description(contentMeta, "caption", type == ItemType.PICTURE);
    String by = contentMeta.flatMap(c -> c.child(NAR, "by")).map(XmlElement::normalizedText).orElse(null);
    List<Creator> creators = creators(contentMeta);
    ParsedByline byline =
        by != null ? credits.parseByline(by) : ParsedByline.ofNames(creators.stream().map(Creator::name).toList());
    ContentSet content = contentSet(item);

    Picture picture = null;
    if (type == ItemType.PICTURE) {
      String creditLine = contentMeta.flatMap(c -> c.child(NAR, "creditline")).map(XmlElement::normalizedText).orElse(null);
      String photographer =
          creators.stream().filter(Creator::isPhotographer).map(Creator::name).findFirst().orElse(null);
      PhotoCredit credit = PictureCredits.choose(credits, creditLine, caption, by, photographer);
      picture = new Picture(guid, headline(contentMeta), caption, creditLine, credit, content.renditions());
    }

    return new WireItem(
        WireFormat.NEWSML_G2,
        type,
        guid,
        blankToNull(item.attribute("version")),
        dateTime(itemMeta, "versionCreated"),
        pubStatus(itemMeta),
        embargo(itemMeta),
        language(item, contentMeta),
        headline(contentMeta),
        type == ItemType.PICTURE ? caption : summary,
        content.html(),
        content.text(),
        byline,
        people(contentMeta),
        contentMeta.flatMap(c -> c.child(NAR, "located")).flatMap(l -> l.child(NAR, "name")).map(XmlElement::normalizedText).orElse(null),
        rights.flatMap(r -> r.child(NAR, "copyrightHolder")).map(NewsMlG2Parser::partyName).orElse(null),
        rights.flatMap(r -> r.child(NAR, "copyrightNotice")).map(XmlElement::normalizedText).orElse(null),
        rights.flatMap(r -> r.child(NAR, "usageTerms")).map(XmlElement::normalizedText).orElse(null),
        infoSources(contentMeta),
        itemMeta.child(NAR, "edNote").map(XmlElement::normalizedText).orElse(null),
        picture);
  }

  private static ItemType itemClass(XmlElement itemMeta) {
    XmlElement itemClass =
        itemMeta
            .child(NAR, "itemClass")
            .orElseThrow(
                () -> new IngestException(Reason.MISSING_FIELD, "itemMeta/itemClass", "A news item needs its itemClass"));
    String value = code(Optional.ofNullable(itemClass.attribute("qcode")).orElse(itemClass.attribute("uri")));
    if (value == null) {
      throw new IngestException(Reason.MISSING_FIELD, "itemMeta/itemClass", "itemClass has neither qcode nor uri");
    }
    return switch (value) {
      case "text", "composite" -> ItemType.TEXT;
      case "picture", "graphic" -> ItemType.PICTURE;
      default ->
          throw new IngestException(
              Reason.UNSUPPORTED_ITEM_TYPE,
              "itemMeta/itemClass",
              "a \"" + value + "\" item cannot be ingested; Copydesk takes text and pictures");
    };
  }

  private static PubStatus pubStatus(XmlElement itemMeta) {
    Optional<XmlElement> element = itemMeta.child(NAR, "pubStatus");
    if (element.isEmpty()) {
      return PubStatus.USABLE;
    }
    String value = Optional.ofNullable(element.get().attribute("qcode")).orElse(element.get().attribute("uri"));
    return PubStatus.of(value)
        .orElseThrow(
            () ->
                new IngestException(
                    Reason.INVALID_FIELD,
                    "itemMeta/pubStatus",
                    "\"" + value + "\" is not a publishing status (stat:usable, stat:withheld or stat:canceled)"));
  }

  private static OffsetDateTime embargo(XmlElement itemMeta) {
    Optional<XmlElement> element = itemMeta.child(NAR, "embargoed");
    if (element.isPresent() && element.get().normalizedText() == null) {
      // An embargo without a time cannot be honoured by a clock; refusing beats publishing early.
      throw new IngestException(Reason.INVALID_FIELD, "itemMeta/embargoed", "The embargo has no date and time");
    }
    return dateTime(itemMeta, "embargoed");
  }

  private static OffsetDateTime dateTime(XmlElement parent, String name) {
    String value = parent.child(NAR, name).map(XmlElement::normalizedText).orElse(null);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new IngestException(
          Reason.INVALID_FIELD,
          parent.name() + "/" + name,
          "\"" + value + "\" is not a date-time with a UTC offset, such as 2024-05-01T12:00:00Z");
    }
  }

  private static String language(XmlElement item, Optional<XmlElement> contentMeta) {
    return contentMeta
        .flatMap(c -> c.child(NAR, "language"))
        .map(l -> blankToNull(l.attribute("tag")))
        .orElseGet(() -> blankToNull(item.attribute(XMLConstants.XML_NS_URI, "lang")));
  }

  /** The main headline: one without a role or with a "main" role, else the first. */
  private static String headline(Optional<XmlElement> contentMeta) {
    List<XmlElement> headlines = contentMeta.map(c -> c.children(NAR, "headline")).orElse(List.of());
    return headlines.stream()
        .filter(h -> h.attribute("role") == null || "main".equals(code(h.attribute("role"))))
        .findFirst()
        .or(() -> headlines.stream().findFirst())
        .map(XmlElement::normalizedText)
        .orElse(null);
  }

  /** The description with this role ("drol:caption"); one without a role counts if allowed. */
  private static String description(Optional<XmlElement> contentMeta, String role, boolean orUnmarked) {
    List<XmlElement> descriptions = contentMeta.map(c -> c.children(NAR, "description")).orElse(List.of());
    return descriptions.stream()
        .filter(d -> role.equals(code(d.attribute("role"))))
        .findFirst()
        .or(() -> orUnmarked ? descriptions.stream().filter(d -> d.attribute("role") == null).findFirst() : Optional.empty())
        .map(XmlElement::normalizedText)
        .orElse(null);
  }

  private record Creator(String name, String role) {
    boolean isPhotographer() {
      return role != null && role.contains("photographer");
    }
  }

  private static List<Creator> creators(Optional<XmlElement> contentMeta) {
    List<Creator> creators = new ArrayList<>();
    for (XmlElement c : contentMeta.map(m -> m.children(NAR, "creator")).orElse(List.of())) {
      String name = partyName(c);
      if (name != null) {
        String role = c.attribute("role");
        creators.add(new Creator(name, role == null ? null : role.toLowerCase(Locale.ROOT)));
      }
    }
    return creators;
  }

  private static List<String> people(Optional<XmlElement> contentMeta) {
    return contentMeta.map(c -> c.children(NAR, "subject")).orElse(List.of()).stream()
        .filter(s -> "person".equals(code(s.attribute("type"))))
        .map(NewsMlG2Parser::partyName)
        .filter(Objects::nonNull)
        .toList();
  }

  private static List<InfoSource> infoSources(Optional<XmlElement> contentMeta) {
    return contentMeta.map(c -> c.children(NAR, "infoSource")).orElse(List.of()).stream()
        .map(s -> new InfoSource(partyName(s), Optional.ofNullable(s.attribute("uri")).orElse(s.attribute("qcode")), s.attribute("role")))
        .toList();
  }

  /** A party's name: its {@code name} child, else its {@code literal} attribute. */
  private static String partyName(XmlElement party) {
    return party.child(NAR, "name")
        .map(XmlElement::normalizedText)
        .orElseGet(() -> blankToNull(party.attribute("literal")));
  }

  // ---------------------------------------------------------------- content

  private record ContentSet(String html, String text, List<Rendition> renditions) {}

  private static ContentSet contentSet(XmlElement item) {
    Optional<XmlElement> set = item.child(NAR, "contentSet");
    if (set.isEmpty()) {
      return new ContentSet(null, null, List.of());
    }
    String html = null;
    for (XmlElement inline : set.get().children(NAR, "inlineXML")) {
      html = inlineHtml(inline);
      if (html != null) {
        break;
      }
    }
    String text =
        set.get().children(NAR, "inlineData").stream()
            .map(XmlElement::text)
            .filter(t -> !t.isBlank())
            .map(String::strip)
            .findFirst()
            .orElse(null);
    List<Rendition> renditions = new ArrayList<>();
    for (XmlElement r : set.get().children(NAR, "remoteContent")) {
      renditions.add(
          new Rendition(
              r.attribute("rendition"),
              blankToNull(r.attribute("href")),
              r.attribute("contenttype"),
              number(r, "width"),
              number(r, "height")));
    }
    return new ContentSet(html, text, renditions);
  }

  private static Integer number(XmlElement e, String attribute) {
    String v = blankToNull(e.attribute(attribute));
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException ex) {
      throw new IngestException(
          Reason.INVALID_FIELD, "remoteContent/@" + attribute + " (line " + e.line() + ")", "\"" + v + "\" is not a whole number");
    }
  }

  /**
   * The body of an inline XHTML (or NITF) document as an HTML fragment: the children of its
   * {@code body} (NITF: {@code body.content}), or of {@code inlineXML} itself when it holds bare
   * elements. {@code null} when it holds only whitespace and comments.
   */
  private static String inlineHtml(XmlElement inline) {
    String contentType = Optional.ofNullable(inline.attribute("contenttype")).orElse("").toLowerCase(Locale.ROOT);
    XmlElement container =
        (contentType.contains("nitf") ? inline.descendant("body.content") : inline.descendant("body")).orElse(inline);
    StringBuilder html = new StringBuilder();
    for (Object c : container.content()) {
      serialise(c, html);
    }
    String out = html.toString().strip();
    return out.isEmpty() ? null : out;
  }

  private static void serialise(Object node, StringBuilder out) {
    if (node instanceof String text) {
      escape(text, false, out);
      return;
    }
    XmlElement e = (XmlElement) node;
    out.append('<').append(e.name());
    for (var attribute : e.attributes().entrySet()) {
      QName q = attribute.getKey();
      String name =
          q.getNamespaceURI().isEmpty()
              ? q.getLocalPart()
              : XMLConstants.XML_NS_URI.equals(q.getNamespaceURI()) ? q.getLocalPart() : null;
      if (name != null) {
        out.append(' ').append(name).append("=\"");
        escape(attribute.getValue(), true, out);
        out.append('"');
      }
    }
    out.append('>');
    if (VOID_ELEMENTS.contains(e.name())) {
      return;
    }
    for (Object c : e.content()) {
      serialise(c, out);
    }
    out.append("</").append(e.name()).append('>');
  }

  private static void escape(String s, boolean attribute, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }

  // ---------------------------------------------------------------- codes

  /** The code of a QCode or URI: "stat:usable" and ".../pubstatusg2/usable" both give "usable". */
  private static String code(String qcodeOrUri) {
    if (qcodeOrUri == null || qcodeOrUri.isBlank()) {
      return null;
    }
    String v = qcodeOrUri.strip();
    int cut = Math.max(v.lastIndexOf(':'), v.lastIndexOf('/'));
    return v.substring(cut + 1).toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
