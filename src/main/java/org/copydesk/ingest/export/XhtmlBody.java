package org.copydesk.ingest.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * Turns a story body (sanitised HTML) into XHTML elements on an {@link XmlOut}.
 *
 * <p>HTML is not XML: {@code <br>} has no end tag, entities such as {@code &rsquo;} are not
 * defined in XML, and attribute values may be unquoted. The body is therefore read with the OWASP
 * HTML lexer, the same library that sanitised it when the revision was saved, which decodes every
 * HTML5 entity into characters and balances tags; the elements then go to StAX, which escapes
 * the text. The allow-list repeats the body policy's ({@code org.copydesk.story.BodyPolicy}) so
 * that markup which slipped into a body some other way is dropped, never copied into the XML;
 * only the editor's {@code data-list} and indent {@code class} on list items are left out, since
 * the body policy turns them into the list's tag and nesting before anything is stored.
 */
final class XhtmlBody {

  static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final Set<String> VOID_ELEMENTS = Set.of("br");

  private static final PolicyFactory BODY =
      new HtmlPolicyBuilder()
          .allowElements("p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "b", "i", "br", "sub", "sup", "a")
          .allowAttributes("href", "rel")
          .onElements("a")
          .allowUrlProtocols("https", "http", "mailto")
          .toFactory();

  private XhtmlBody() {}

  /** Writes the elements and text of {@code html} as children of the element open on {@code out}. */
  static void write(String html, XmlOut out) {
    Receiver receiver = new Receiver(out);
    HtmlSanitizer.sanitize(html == null ? "" : html, BODY.apply(receiver));
    receiver.closeAll();
  }

  private static final class Receiver implements HtmlStreamEventReceiver {

    private final XmlOut out;
    private final Deque<String> open = new ArrayDeque<>();

    Receiver(XmlOut out) {
      this.out = out;
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String name, List<String> attributes) {
      if (VOID_ELEMENTS.contains(name)) {
        out.empty(XHTML, name);
      } else {
        out.start(XHTML, name);
        open.push(name);
      }
      // The lexer hands attributes over as name, value, name, value, with values decoded.
      for (int i = 0; i + 1 < attributes.size(); i += 2) {
        out.attribute(attributes.get(i), attributes.get(i + 1));
      }
    }

    @Override
    public void closeTag(String name) {
      // The policy balances tags, so a close either matches the innermost open element or, for a
      // void element, has nothing to close.
      if (!open.isEmpty() && open.peek().equals(name)) {
        open.pop();
        out.end();
      }
    }

    @Override
    public void text(String text) {
      out.text(text);
    }

    void closeAll() {
      while (!open.isEmpty()) {
        open.pop();
        out.end();
      }
    }
  }
}
