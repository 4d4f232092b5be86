package org.copydesk.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.copydesk.credit.ParsedByline;

/**
 * One wire item as received, whatever its format: what the desk needs to turn it into a story
 * draft, with the credits both parsed and raw. Text fields are as sent (only whitespace that XML
 * indentation put into metadata is collapsed); the body HTML is unsanitised.
 *
 * @param format the standard and version it came in
 * @param type a story or a picture
 * @param wireId the wire's identifier: ninjs {@code uri}, NewsML-G2 {@code guid}
 * @param version the wire's version of the item, as sent ({@code null} if none)
 * @param versionCreated when this version was made, if sent
 * @param pubStatus usable, withheld or canceled; usable when the wire does not say
 * @param embargoedUntil no publication before this instant; {@code null} when not embargoed
 * @param language the content language tag (such as "en-GB"), if sent
 * @param headline the main headline
 * @param standfirst the summary (dek) of a story, the caption of a picture
 * @param bodyHtml the body as HTML, exactly as received, or {@code null} if none was sent
 * @param bodyText the body as plain text, if the wire sent one
 * @param byline the byline, raw and parsed; for NewsML-G2 without a {@code by}, the creators
 * @param people names of the people the item is about
 * @param located where the story was reported from (dateline place), if sent
 * @param copyrightHolder who holds the copyright
 * @param copyrightNotice the copyright notice as sent
 * @param usageTerms the usage terms as sent
 * @param infoSources originators, distributors and other parties, in the order sent
 * @param editorialNote a note to editors, never for publication ("TURKEY OUT", embargo notes)
 * @param picture for a picture item the picture itself, for a story its first associated picture,
 *     else {@code null}
 */
public record WireItem(
    WireFormat format,
    ItemType type,
    String wireId,
    String version,
    OffsetDateTime versionCreated,
    PubStatus pubStatus,
    OffsetDateTime embargoedUntil,
    String language,
    String headline,
    String standfirst,
    String bodyHtml,
    String bodyText,
    ParsedByline byline,
    List<String> people,
    String located,
    String copyrightHolder,
    String copyrightNotice,
    String usageTerms,
    List<InfoSource> infoSources,
    String editorialNote,
    Picture picture) {

  public WireItem {
    people = people == null ? List.of() : List.copyOf(people);
    infoSources = infoSources == null ? List.of() : List.copyOf(infoSources);
    byline = byline == null ? ParsedByline.unrecognised(null) : byline;
    pubStatus = pubStatus == null ? PubStatus.USABLE : pubStatus;
  }

  /** The writers' names read from the byline (or the creators), in byline order. */
  public List<String> contributorNames() {
    return byline.writerNames();
  }

  public List<String> originators() {
    return infoSources.stream().filter(InfoSource::isOriginator).map(InfoSource::name).filter(Objects::nonNull).toList();
  }

  public List<String> distributors() {
    return infoSources.stream().filter(InfoSource::isDistributor).map(InfoSource::name).filter(Objects::nonNull).toList();
  }

  /** Whether the embargo still holds at {@code now}. */
  public boolean isEmbargoedAt(Instant now) {
    return embargoedUntil != null && now.isBefore(embargoedUntil.toInstant());
  }
}
