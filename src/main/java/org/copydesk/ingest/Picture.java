package org.copydesk.ingest;

import java.util.List;
import java.util.Objects;
import org.copydesk.credit.PhotoCredit;

/**
 * A picture: a picture item itself, or the picture associated with a story.
 *
 * @param uri the wire's identifier of the picture
 * @param headline the picture's own headline, if any
 * @param caption the caption as sent, credit included
 * @param creditLine the credit line the wire sent as such (NewsML-G2 {@code creditline}, ninjs
 *     description with role "creditline"), or {@code null}
 * @param credit the parsed photo credit, its raw string being whichever credit string it was read
 *     from; {@code null} when the wire sent no credit at all
 * @param renditions the picture's files, in the order sent
 */
public record Picture(
    String uri, String headline, String caption, String creditLine, PhotoCredit credit, List<Rendition> renditions) {

  public Picture {
    renditions = renditions == null ? List.of() : List.copyOf(renditions);
  }

  /** The hrefs of all renditions, in the order sent. */
  public List<String> renditionHrefs() {
    return renditions.stream().map(Rendition::href).filter(Objects::nonNull).toList();
  }
}
