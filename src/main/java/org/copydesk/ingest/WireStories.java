package org.copydesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.ParsedByline;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.credit.WireService;
import org.copydesk.credit.WireServiceKind;
import org.copydesk.story.RevisionDraft;
import org.copydesk.story.WireProvenance;

/**
 * Turns a wire item into the content of a story revision: headline, dek, body, structured credits
 * (each writer with the wire they write for, the distributor), the picture with caption and credit.
 * The body is taken as sent; the save path sanitises it like any other.
 */
final class WireStories {

  private WireStories() {}

  /** @param wires finds or registers the wire service a credit names */
  static RevisionDraft draft(WireItem item, BiFunction<String, WireServiceKind, WireService> wires) {
    Picture picture = item.picture();
    boolean pictureItem = item.type() == ItemType.PICTURE;
    String headline = first(item.headline(), picture == null ? null : picture.headline(), picture == null ? null : picture.caption(), item.wireId());
    String body = item.bodyHtml() != null ? item.bodyHtml() : paragraphs(item.bodyText());
    if ((body == null || body.isBlank()) && pictureItem && picture != null) {
      body = paragraphs(picture.caption());
    }
    WireService originator = wires.apply(first(item.byline().affiliation(), firstOf(item.originators()), item.copyrightHolder()),
        pictureItem ? WireServiceKind.PHOTO_AGENCY : WireServiceKind.NEWS_AGENCY);
    List<Contributor> contributors = new ArrayList<>();
    ContributorRole role = pictureItem ? ContributorRole.PHOTOGRAPHER : ContributorRole.WRITER;
    for (ParsedByline.Name name : item.byline().names()) {
      WireService affiliation = name.affiliation() == null ? originator : wires.apply(name.affiliation(), WireServiceKind.NEWS_AGENCY);
      contributors.add(new Contributor(name.name(), role, affiliation == null ? null : affiliation.getId()));
    }
    if (contributors.isEmpty() && originator != null) {
      // An agency byline without a person ("NTB"): the agency itself is the credit.
      contributors.add(new Contributor(originator.getName(), role, originator.getId()));
    }
    for (String extra : item.byline().additionalReporting()) {
      contributors.add(new Contributor(extra, ContributorRole.ADDITIONAL_REPORTING, originator == null ? null : originator.getId()));
    }
    WireService distributor = wires.apply(firstOf(item.distributors()), WireServiceKind.DISTRIBUTOR);
    String photoRef = null;
    String caption = null;
    PhotoCredit credit = null;
    if (picture != null) {
      photoRef = picture.renditionHrefs().stream().filter(h -> h.startsWith("http")).findFirst().orElse(picture.uri());
      caption = picture.caption();
      credit = picture.credit();
    }
    String note = "From " + item.format() + " item " + item.wireId() + (item.version() == null ? "" : " version " + item.version())
        + (item.editorialNote() == null ? "" : ". Note: " + item.editorialNote());
    return new RevisionDraft(
        headline,
        pictureItem ? null : item.standfirst(),
        body,
        contributors,
        distributor == null ? null : distributor.getId(),
        item.byline().raw(),
        photoRef,
        caption,
        credit,
        note.length() > 1000 ? note.substring(0, 1000) : note);
  }

  static WireProvenance provenance(WireItem item) {
    List<String> sources = new ArrayList<>();
    item.infoSources().forEach(s -> sources.add((s.role() == null ? "source" : s.role()) + ": " + s.name()));
    return new WireProvenance(
        item.wireId(), item.format().name(), item.version(), status(item.pubStatus()), item.copyrightHolder(), item.usageTerms(),
        String.join("; ", sources), item.language());
  }

  static String status(PubStatus status) {
    return switch (status) {
      case CANCELED -> WireProvenance.CANCELED;
      case WITHHELD -> WireProvenance.WITHHELD;
      default -> WireProvenance.USABLE;
    };
  }

  private static String paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    for (String p : text.split("\\R\\s*\\R")) {
      if (!p.isBlank()) {
        html.append("<p>").append(escape(p.strip())).append("</p>");
      }
    }
    return html.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String firstOf(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
