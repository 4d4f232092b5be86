package org.copydesk.ingest;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.copydesk.ingest.IngestException.Reason;

/**
 * A small, read-only XML element tree built with StAX.
 *
 * <p>Why not DOM: the document must be refused the moment a DOCTYPE appears, with a reason the
 * caller can tell apart from a typo, and StAX reports the DTD as an event of its own, with its
 * line and column, before anything in it is used. The JDK's own StAX implementation is asked for
 * by name ({@link XMLInputFactory#newDefaultFactory()}), so an application server's replacement
 * with other defaults cannot weaken this; DTD support and external entities are switched off as
 * well, so nothing is ever fetched even if the refusal were bypassed.
 */
final class XmlElement {

  /**
   * Deeper nesting than this is not a news item but an attempt to exhaust the stack. It matches the
   * JDK's own default from JDK 24 on, so the limit is the same on the JDK 21 this runs on too.
   */
  static final int MAX_DEPTH = 100;

  private final String namespace;
  private final String name;
  private final Map<QName, String> attributes;
  private final List<Object> children = new ArrayList<>();
  private final int line;

  private XmlElement(String namespace, String name, Map<QName, String> attributes, int line) {
    this.namespace = namespace == null ? "" : namespace;
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  static XmlElement parse(byte[] input) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(new ByteArrayInputStream(input));
      Deque<XmlElement> open = new ArrayDeque<>();
      XmlElement root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE ->
              throw new IngestException(
                  Reason.DOCTYPE_REFUSED,
                  where(reader.getLocation()),
                  "A DOCTYPE or entity declaration is not accepted in a wire item");
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              throw new IngestException(
                  Reason.MALFORMED_XML, where(reader.getLocation()), "Elements are nested beyond the maximum depth of " + MAX_DEPTH);
            }
            XmlElement element = start(reader);
            if (open.isEmpty()) {
              root = element;
            } else {
              open.peek().children.add(element);
            }
            open.push(element);
          }
          case XMLStreamConstants.END_ELEMENT -> open.pop();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().children.add(reader.getText());
            }
          }
          default -> {
            // Comments and processing instructions carry nothing a news item needs.
          }
        }
      }
      if (root == null) {
        throw new IngestException(Reason.MALFORMED_XML, "The XML has no root element");
      }
      return root;
    } catch (XMLStreamException e) {
      String message = e.getMessage();
      // The JDK repeats the position in the message; the location already says it.
      int cut = message == null ? -1 : message.indexOf("Message: ");
      String detail = cut >= 0 ? message.substring(cut + "Message: ".length()) : message;
      throw new IngestException(Reason.MALFORMED_XML, where(e.getLocation()), "The XML is malformed: " + detail, e);
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // Nothing was left open that needs closing: the input is an in-memory array.
        }
      }
    }
  }

  private static XmlElement start(XMLStreamReader reader) {
    Map<QName, String> attributes = new LinkedHashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      QName q = reader.getAttributeName(i);
      attributes.put(new QName(q.getNamespaceURI(), q.getLocalPart()), reader.getAttributeValue(i));
    }
    Location at = reader.getLocation();
    return new XmlElement(
        reader.getNamespaceURI(), reader.getLocalName(), Collections.unmodifiableMap(attributes), at == null ? -1 : at.getLineNumber());
  }

  private static String where(Location at) {
    return at == null || at.getLineNumber() < 0 ? null : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  boolean is(String ns, String localName) {
    return namespace.equals(ns) && name.equals(localName);
  }

  /** An attribute in no namespace, as NewsML-G2 attributes are. */
  String attribute(String localName) {
    return attributes.get(new QName("", localName));
  }

  String attribute(String ns, String localName) {
    return attributes.get(new QName(ns, localName));
  }

  Map<QName, String> attributes() {
    return attributes;
  }

  /** Element and text children in document order. */
  List<Object> content() {
    return Collections.unmodifiableList(children);
  }

  List<XmlElement> elements() {
    return children.stream().filter(XmlElement.class::isInstance).map(XmlElement.class::cast).toList();
  }

  List<XmlElement> children(String ns, String localName) {
    return elements().stream().filter(e -> e.is(ns, localName)).toList();
  }

  Optional<XmlElement> child(String ns, String localName) {
    return elements().stream().filter(e -> e.is(ns, localName)).findFirst();
  }

  /** The first descendant (depth first) with this local name, in any namespace. */
  Optional<XmlElement> descendant(String localName) {
    for (XmlElement e : elements()) {
      if (e.name.equals(localName)) {
        return Optional.of(e);
      }
      Optional<XmlElement> deeper = e.descendant(localName);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  /** All text inside, as written. */
  String text() {
    StringBuilder sb = new StringBuilder();
    appendText(sb);
    return sb.toString();
  }

  private void appendText(StringBuilder sb) {
    for (Object c : children) {
      if (c instanceof String s) {
        sb.append(s);
      } else {
        ((XmlElement) c).appendText(sb);
      }
    }
  }

  /** The text with runs of whitespace (XML indentation) collapsed; blank reads as {@code null}. */
  String normalizedText() {
    String t = text().strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }

  @Override
  public String toString() {
    return "{" + namespace + "}" + name + " (line " + line + ")";
  }
}
