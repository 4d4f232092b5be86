package org.copydesk.ingest.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.PubStatus;

/** Export items for the tests: a plain staff story by default, changed field by field. */
final class Stories {

  static final String PAPER = "Harbourton Courier";
  static final OffsetDateTime FIRST = OffsetDateTime.parse("2024-10-01T09:00:00Z");
  static final OffsetDateTime LATEST = OffsetDateTime.parse("2024-10-02T14:30:05.250+02:00");

  String uri = "https://courier.example/news/nato-recruits";
  int version = 3;
  PubStatus pubStatus = PubStatus.USABLE;
  String language = "en-GB";
  String headline = "NATO chief says Russia is losing 1,500 troops a day";
  String standfirst = "Rutte urges allies to keep up supplies as Kyiv recruits.";
  String body = "<p>NATO&#39;s secretary general spoke in Brussels.</p>";
  String byline;
  final List<ExportItem.Credit> credits = new ArrayList<>();
  String distributor;
  String copyrightHolder = PAPER;
  String usageTerms;
  String editorialNote;
  ExportItem.Picture picture;

  static Stories story() {
    return new Stories();
  }

  Stories writer(String name, String wire) {
    credits.add(new ExportItem.Credit(name, ContributorRole.WRITER, wire));
    return this;
  }

  Stories credit(String name, ContributorRole role, String wire) {
    credits.add(new ExportItem.Credit(name, role, wire));
    return this;
  }

  Stories byline(String raw) {
    this.byline = raw;
    return this;
  }

  Stories distributor(String name) {
    this.distributor = name;
    return this;
  }

  Stories copyright(String holder, String terms) {
    this.copyrightHolder = holder;
    this.usageTerms = terms;
    return this;
  }

  Stories status(PubStatus status) {
    this.pubStatus = status;
    return this;
  }

  Stories headline(String headline) {
    this.headline = headline;
    return this;
  }

  Stories body(String html) {
    this.body = html;
    return this;
  }

  Stories note(String note) {
    this.editorialNote = note;
    return this;
  }

  Stories picture(String caption, PhotoCredit credit) {
    this.picture =
        new ExportItem.Picture(
            "https://courier.example/photos/rutte-brussels", "https://cdn.courier.example/photos/rutte-brussels.jpg", caption, credit);
    return this;
  }

  /** The Bloomberg story the domain description starts from, distributed by TNS, with its photo. */
  static Stories bloomberg() {
    return story()
        .byline("By Iain Marlow and Andrea Palasciano, Bloomberg News")
        .writer("Iain Marlow", "Bloomberg News")
        .writer("Andrea Palasciano", "Bloomberg News")
        .distributor("Tribune News Service")
        .copyright("Bloomberg L.P.", "For use by TNS subscribers only; not for resale.")
        .note("Corrects the casualty figure in the third paragraph.")
        .picture(
            "NATO Secretary General Mark Rutte speaks in Brussels on Oct. 1.",
            new PhotoCredit("Omar Havana", "Getty Images Europe", "TNS", "(Omar Havana/Getty Images Europe/TNS)"));
  }

  ExportItem build() {
    return new ExportItem(
        uri, version, FIRST, LATEST, pubStatus, language, headline, standfirst, body, byline, credits, distributor,
        copyrightHolder, usageTerms, editorialNote, picture);
  }
}
