package org.copydesk.publish;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * A published story as IPTC ninjs 3.x, for partners and syndication. The version is the published
 * revision's number, so a correction reaches subscribers as a version bump of the same uri, and a
 * killed story goes out as {@code pubStatus: canceled}.
 */
public final class NinjsExport {

  private NinjsExport() {}

  public static JsonObject of(PublicStory s, Masthead paper, String siteUrl) {
    JsonArrayBuilder people = Json.createArrayBuilder();
    s.authors().forEach(name -> people.add(Json.createObjectBuilder().add("name", name).add("rel", "author")));
    JsonObjectBuilder ninjs =
        Json.createObjectBuilder()
            .add("$schema", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json")
            .add("uri", siteUrl + "/news/" + s.slug())
            .add("type", "text")
            .add("version", Integer.toString(s.revision()))
            .add("firstCreated", s.published().toInstant().toString())
            .add("versionCreated", s.modified().toInstant().toString())
            .add("pubStatus", s.killed() ? "canceled" : "usable")
            .add("language", "en")
            .add("copyrightHolder", s.copyrightHolder() == null ? paper.name() : s.copyrightHolder())
            .add("slugline", s.slug());
    if (s.killed()) {
      return ninjs.add("edNote", "Withdrawn: " + (s.killReason() == null ? "" : s.killReason())).build();
    }
    ninjs.add("headlines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "main").add("value", s.headline())))
        .add("bodies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("role", "main").add("contentType", "text/html").add("value", s.body())))
        .add("by", String.join(" ", s.bylineLines()))
        .add("people", people);
    if (s.standfirst() != null) {
      ninjs.add("descriptions", Json.createArrayBuilder().add(
          Json.createObjectBuilder().add("role", "summary").add("contentType", "text/plain").add("value", s.standfirst())));
    }
    if (!s.corrections().isEmpty()) {
      PublicStory.Correction last = s.corrections().get(s.corrections().size() - 1);
      ninjs.add("edNote", last.kind() + ": " + last.text());
    }
    return ninjs.build();
  }
}
