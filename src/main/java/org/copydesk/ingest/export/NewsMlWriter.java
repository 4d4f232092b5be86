package org.copydesk.ingest.export;

import java.util.Optional;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.NewsMlG2Parser;

/**
 * Writes a story as a NewsML-G2 {@code newsItem} of class text, and its lead picture as a second
 * {@code newsItem} of class picture.
 *
 * <p>Why two items: in NewsML-G2 a text item does not carry a picture; it refers to one (here with
 * an {@code itemMeta/link} to the picture item's guid), or a package item groups the two. Copydesk's
 * {@link NewsMlG2Parser} reads a picture, its caption and its credit line only from a picture item
 * and ignores links, so the story item alone comes back without its picture; send both.
 *
 * <p>Where the credits go: {@code by} holds the byline's first line, the one the importer parses
 * for writers and affiliation; further lines (additional reporting) follow as more {@code by}
 * elements, because the importer collapses line breaks and would otherwise read "Additional
 * reporting by ..." as part of the affiliation. Writers are also {@code creator}s with their
 * affiliation, other credited people {@code contributor}s, the wires {@code infoSource}s with the
 * IPTC content production party roles {@code cpprole:origcont} and {@code cpprole:distributor}.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class NewsMlWriter {

  public static final String NAR = NewsMlG2Parser.NAR;

  /** IPTC's catalog of NewsCodes schemes; 32 added the content production party roles used here. */
  static final String CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_33.xml";

  static final String STANDARD_VERSION = "2.33";

  private final String provider;

  /**
   * @param provider the newsroom sending the items, NewsML-G2's required {@code provider}; it is
   *     also the affiliation of staff writers
   */
  public NewsMlWriter(String provider) {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("A NewsML-G2 item needs its provider");
    }
    this.provider = provider.strip();
  }

  /** The story as a NewsML-G2 text item. */
  public String write(ExportItem item) {
    XmlOut x = start(item, item.uri());
    rightsInfo(x, item);
    x.start(NAR, "itemMeta");
    itemMeta(x, item, "ninat:text");
    if (item.editorialNote() != null) {
      x.textElement(NAR, "edNote", item.editorialNote());
    }
    if (item.picture() != null) {
      x.empty(NAR, "link")
          .attribute("rel", "irel:seeAlso")
          .attribute("residref", item.picture().uri())
          .attribute("version", Integer.toString(item.version()))
          .attribute("contenttype", "application/vnd.iptc.g2.newsitem+xml");
    }
    x.end();

    x.start(NAR, "contentMeta");
    x.textElement(NAR, "contentCreated", NinjsWriter.time(item.firstCreated()));
    for (String wire : ExportCredits.wires(item)) {
      party(x, "infoSource", "cpprole:origcont", wire);
    }
    if (item.distributor() != null) {
      party(x, "infoSource", "cpprole:distributor", item.distributor());
    }
    for (ExportItem.Credit writer : ExportCredits.withRole(item, ContributorRole.WRITER)) {
      x.start(NAR, "creator").attribute("role", "cpprole:author");
      x.textElement(NAR, "name", writer.name());
      x.start(NAR, "personDetails").start(NAR, "affiliation");
      x.textElement(NAR, "name", writer.isStaff() ? provider : writer.wireName());
      x.end().end();
      x.end();
    }
    for (ExportItem.Credit c : item.contributors()) {
      if (c.role() == ContributorRole.ADDITIONAL_REPORTING) {
        party(x, "contributor", "cpprole:correspondent", c.name());
      } else if (c.role() == ContributorRole.PHOTOGRAPHER) {
        // The photographer made the picture, not the text; the picture item names them as its
        // creator, and this keeps them listed with the story too.
        party(x, "contributor", null, c.name());
      }
    }
    x.empty(NAR, "language").attribute("tag", item.language());
    x.textElement(NAR, "headline", item.headline());
    for (String line : ExportCredits.bylineLines(item)) {
      x.textElement(NAR, "by", line);
    }
    x.textElement(NAR, "creditline", ExportCredits.storyCreditLine(item));
    if (item.standfirst() != null) {
      x.start(NAR, "description").attribute("role", "drol:summary").text(item.standfirst()).end();
    }
    x.end();

    x.start(NAR, "contentSet");
    x.start(NAR, "inlineXML").attribute("contenttype", "application/xhtml+xml").startMixedContent();
    x.startWithNamespace(XhtmlBody.XHTML, "html");
    x.start(XhtmlBody.XHTML, "head").textElement(XhtmlBody.XHTML, "title", item.headline()).end();
    x.start(XhtmlBody.XHTML, "body");
    XhtmlBody.write(item.bodyHtml(), x);
    x.end().end();
    x.endMixedContent().end();
    x.end();
    return x.finish();
  }

  /**
   * The story's lead picture as a NewsML-G2 picture item, the form in which the importer reads a
   * picture's caption and credit; empty when the story has none. It carries the story's version,
   * times and status because it is sent as part of that version: a changed caption then reaches
   * receivers as a new version, and a killed story takes its picture with it.
   */
  public Optional<String> writePicture(ExportItem item) {
    ExportItem.Picture picture = item.picture();
    if (picture == null) {
      return Optional.empty();
    }
    PhotoCredit credit = picture.credit();
    XmlOut x = start(item, picture.uri());
    x.start(NAR, "itemMeta");
    itemMeta(x, item, "ninat:picture");
    x.empty(NAR, "link")
        .attribute("rel", "irel:seeAlso")
        .attribute("residref", item.uri())
        .attribute("version", Integer.toString(item.version()))
        .attribute("contenttype", "application/vnd.iptc.g2.newsitem+xml");
    x.end();

    x.start(NAR, "contentMeta");
    if (credit != null && credit.getAgency() != null) {
      party(x, "infoSource", "cpprole:origcont", credit.getAgency());
    }
    if (credit != null && credit.getDistributor() != null) {
      party(x, "infoSource", "cpprole:distributor", credit.getDistributor());
    }
    if (credit != null && credit.getPhotographer() != null) {
      party(x, "creator", "cpprole:author", credit.getPhotographer());
    }
    x.empty(NAR, "language").attribute("tag", item.language());
    String creditLine = ExportCredits.photoCredit(credit);
    if (creditLine != null) {
      x.textElement(NAR, "creditline", creditLine);
    }
    if (picture.caption() != null) {
      x.start(NAR, "description").attribute("role", "drol:caption").text(picture.caption()).end();
    }
    x.end();

    x.start(NAR, "contentSet");
    x.empty(NAR, "remoteContent").attribute("href", picture.href());
    x.end();
    return Optional.of(x.finish());
  }

  private XmlOut start(ExportItem item, String guid) {
    return new XmlOut()
        .root(NAR, "newsItem")
        .attribute("guid", guid)
        .attribute("version", Integer.toString(item.version()))
        .attribute("standard", "NewsML-G2")
        .attribute("standardversion", STANDARD_VERSION)
        .attribute("conformance", "power")
        .lang(item.language())
        .empty(NAR, "catalogRef")
        .attribute("href", CATALOG);
  }

  private static void rightsInfo(XmlOut x, ExportItem item) {
    x.start(NAR, "rightsInfo");
    x.start(NAR, "copyrightHolder").textElement(NAR, "name", item.copyrightHolder()).end();
    if (item.usageTerms() != null) {
      x.textElement(NAR, "usageTerms", item.usageTerms());
    }
    x.end();
  }

  /** The item management properties, in the order the NewsML-G2 schema requires. */
  private void itemMeta(XmlOut x, ExportItem item, String itemClass) {
    x.empty(NAR, "itemClass").attribute("qcode", itemClass);
    x.start(NAR, "provider").textElement(NAR, "name", provider).end();
    x.textElement(NAR, "versionCreated", NinjsWriter.time(item.versionCreated()));
    x.textElement(NAR, "firstCreated", NinjsWriter.time(item.firstCreated()));
    x.empty(NAR, "pubStatus").attribute("qcode", "stat:" + NinjsWriter.pubStatus(item.pubStatus()));
  }

  private static void party(XmlOut x, String element, String role, String name) {
    x.start(NAR, element).attribute("role", role).textElement(NAR, "name", name).end();
  }
}
