package org.copydesk.ingest.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.PubStatus;

/**
 * One version of a story as it leaves Copydesk for another newsroom, in the terms both export
 * formats need. Optional text that is blank counts as absent; required fields are checked here, so
 * a writer never emits an item that a receiver's validator would refuse.
 *
 * @param uri the story's global identifier: ninjs {@code uri}, NewsML-G2 {@code guid}; an absolute
 *     URI, because ninjs requires one
 * @param version the story's version, from 1; a correction goes out as a higher version of the
 *     same uri
 * @param firstCreated when the first version was made
 * @param versionCreated when this version was made
 * @param pubStatus usable, withheld or canceled (a killed story)
 * @param language the content language as a BCP 47 tag ("en", "en-GB")
 * @param headline the main headline
 * @param standfirst the summary (dek), or {@code null}
 * @param bodyHtml the body as sanitised HTML, as a revision stores it
 * @param bylineRaw the byline exactly as printed, or {@code null} to render it from the credits
 * @param contributors the credited people, in byline order
 * @param distributor the wire service the story came through ("Tribune News Service"), or
 *     {@code null}
 * @param copyrightHolder who holds the copyright of the text
 * @param usageTerms the usage terms, or {@code null}
 * @param editorialNote a note to editors, never for publication, or {@code null}
 * @param picture the lead picture, or {@code null}
 */
public record ExportItem(
    String uri,
    int version,
    OffsetDateTime firstCreated,
    OffsetDateTime versionCreated,
    PubStatus pubStatus,
    String language,
    String headline,
    String standfirst,
    String bodyHtml,
    String bylineRaw,
    List<Credit> contributors,
    String distributor,
    String copyrightHolder,
    String usageTerms,
    String editorialNote,
    Picture picture) {

  public ExportItem {
    uri = absoluteUri(uri, "uri");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more, but is " + version);
    }
    Objects.requireNonNull(firstCreated, "firstCreated");
    Objects.requireNonNull(versionCreated, "versionCreated");
    Objects.requireNonNull(pubStatus, "pubStatus");
    language = required(language, "language");
    headline = required(headline, "headline");
    standfirst = optional(standfirst);
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    bylineRaw = optional(bylineRaw);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    distributor = optional(distributor);
    copyrightHolder = required(copyrightHolder, "copyrightHolder");
    usageTerms = optional(usageTerms);
    editorialNote = optional(editorialNote);
  }

  /**
   * One person credited on the story.
   *
   * @param name the name as printed
   * @param role what they did
   * @param wireName the wire service they work for as it is credited ("Bloomberg News"), or
   *     {@code null} for staff of this newsroom
   */
  public record Credit(String name, ContributorRole role, String wireName) {

    public Credit {
      name = required(name, "name");
      Objects.requireNonNull(role, "role");
      wireName = optional(wireName);
    }

    public boolean isStaff() {
      return wireName == null;
    }
  }

  /**
   * The story's lead picture.
   *
   * @param uri the picture's global identifier, an absolute URI
   * @param href where the image file is, an absolute URL
   * @param caption the caption, or {@code null}
   * @param credit the photo credit, its raw string being what the wire sent, or {@code null}
   */
  public record Picture(String uri, String href, String caption, PhotoCredit credit) {

    public Picture {
      uri = absoluteUri(uri, "picture uri");
      href = absoluteUri(href, "picture href");
      caption = optional(caption);
    }
  }

  private static String required(String value, String name) {
    String v = optional(value);
    if (v == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return v;
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String absoluteUri(String value, String name) {
    String v = required(value, name);
    try {
      if (new URI(v).isAbsolute()) {
        return v;
      }
    } catch (URISyntaxException e) {
      // reported below, with the name of the field
    }
    throw new IllegalArgumentException(name + " must be an absolute URI, but is \"" + v + "\"");
  }
}
