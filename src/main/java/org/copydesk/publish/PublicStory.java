package org.copydesk.publish;

import java.time.OffsetDateTime;
import java.util.List;
import org.copydesk.credit.PhotoCredit;

/**
 * A story as readers see it: always the published revision, never a later draft.
 *
 * @param bylineLines the byline, additional reporting and distributor lines, in print order
 * @param authors the writers' names, for structured data
 * @param copyrightHolder the wire service that owns the copy, or {@code null} for the paper's own
 */
public record PublicStory(
    long id,
    String slug,
    boolean killed,
    String killReason,
    int revision,
    String headline,
    String standfirst,
    String body,
    List<String> bylineLines,
    List<String> authors,
    String copyrightHolder,
    String photoRef,
    String photoCaption,
    PhotoCredit photoCredit,
    OffsetDateTime published,
    OffsetDateTime modified,
    List<Correction> corrections) {

  public record Correction(String kind, String text, OffsetDateTime at) {}

  /** Identifies what the page shows: it changes only with a correction or a kill. */
  public String etag() {
    return etag(id, killed, revision);
  }

  static String etag(long id, boolean killed, int revision) {
    return "\"s" + id + "-r" + revision + (killed ? "-k" : "") + "\"";
  }
}
