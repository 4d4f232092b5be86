package org.copydesk.ingest.export;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over a StAX writer: elements are always written with an explicit namespace and no
 * prefix, so no namespace lookup can pick a surprising prefix, and every string passes through
 * {@link #clean}, because StAX escapes markup characters but writes characters XML 1.0 cannot hold
 * at all (most C0 controls) as they are, which would make the document unreadable.
 *
 * <p>Metadata is indented for people who open the file; mixed content is not, since whitespace
 * added inside a paragraph would change its text.
 */
final class XmlOut {

  private static final XMLOutputFactory OUTPUTS = XMLOutputFactory.newDefaultFactory();

  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter w;
  /** One entry per open element: whether it has element children, which decides indentation. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private int unindented;

  XmlOut() {
    try {
      this.w = OUTPUTS.createXMLStreamWriter(text);
      w.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** Starts the root element and declares its namespace as the default one. */
  XmlOut root(String namespace, String name) {
    return startWithNamespace(namespace, name);
  }

  XmlOut start(String namespace, String name) {
    try {
      indent();
      w.writeStartElement("", name, namespace);
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** Starts an element that declares its own default namespace, such as an XHTML {@code html}. */
  XmlOut startWithNamespace(String namespace, String name) {
    start(namespace, name);
    try {
      w.writeDefaultNamespace(namespace);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  XmlOut empty(String namespace, String name) {
    try {
      indent();
      w.writeEmptyElement("", name, namespace);
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** An attribute of the element just started; a {@code null} value writes nothing. */
  XmlOut attribute(String name, String value) {
    if (value == null) {
      return this;
    }
    try {
      w.writeAttribute(name, clean(value));
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  XmlOut lang(String tag) {
    try {
      w.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", clean(tag));
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  XmlOut text(String s) {
    try {
      w.writeCharacters(clean(s));
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  XmlOut end() {
    try {
      boolean[] hasChildren = open.pop();
      if (hasChildren[0] && unindented == 0) {
        newline(open.size());
      }
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /** An element holding only text. */
  XmlOut textElement(String namespace, String name, String value) {
    return start(namespace, name).text(value).end();
  }

  /** Until the matching {@link #endMixedContent}, nothing is indented. */
  XmlOut startMixedContent() {
    unindented++;
    return this;
  }

  XmlOut endMixedContent() {
    unindented--;
    return this;
  }

  String finish() {
    try {
      while (!open.isEmpty()) {
        end();
      }
      w.writeEndDocument();
      w.close();
      return text.append('\n').toString();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  private void indent() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    if (unindented == 0) {
      newline(open.size());
    }
  }

  private void newline(int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /**
   * The string without what XML 1.0 cannot represent: C0 controls other than tab, line feed and
   * carriage return, unpaired surrogates, U+FFFE and U+FFFF. A story that passed the body policy
   * holds none; anything else is dropped rather than failing the export over an invisible
   * character.
   */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      boolean allowed =
          c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(c);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  private static IllegalStateException failed(XMLStreamException e) {
    // Writing to a StringWriter cannot fail for I/O reasons; this is a misuse of the writer.
    return new IllegalStateException("Could not write XML: " + e.getMessage(), e);
  }
}
