package org.copydesk.ingest.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.PubStatus;

/**
 * Writes a story as IPTC ninjs 2.x (schema 2.2, lower-case property names) for partners whose
 * systems read that version; {@link org.copydesk.publish.NinjsExport} writes 3.x for the public
 * feed. Every name and shape follows {@code ninjs-schema_2.2.json}.
 *
 * <p>Where the credits go, and why:
 *
 * <ul>
 *   <li>{@code by}: the byline as printed, line by line, which is what the importer parses for the
 *       writers, their affiliation and additional reporting.
 *   <li>{@code people}: every credited person with {@code rel} saying how ("author",
 *       "contributor", "photographer"). ninjs 2.2 has no list of contributors of its own; its
 *       {@code people} maps to NewsML-G2 {@code subject}, so the {@code rel} is what tells a
 *       receiver these people made the story rather than appear in it.
 *   <li>{@code infosources}: each wire a credit names as "originator", the distributor as
 *       "distributor".
 *   <li>{@code associations}: the picture as "featureimage"; its credit as a description with
 *       role "creditline" (the one place the importer reads a picture credit line from), the
 *       photographer as its {@code by}, and its agency and distributor as its own
 *       {@code infosources}.
 * </ul>
 *
 * <p>Instances are immutable and may be shared.
 */
public final class NinjsWriter {

  /** The schema this output follows, named in the item so readers need not guess the version. */
  public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";

  static final String PICTURE_ASSOCIATION = "featureimage";

  private final JsonBuilderFactory json;
  private final JsonWriterFactory writers;

  public NinjsWriter() {
    this.json = Json.createBuilderFactory(Map.of());
    this.writers = Json.createWriterFactory(Map.of());
  }

  /** The item as a ninjs 2.2 JSON document. */
  public String write(ExportItem item) {
    JsonObjectBuilder ninjs =
        json.createObjectBuilder()
            .add("uri", item.uri())
            .add("standard", json.createObjectBuilder().add("name", "ninjs").add("version", "2.2").add("schema", SCHEMA))
            .add("type", "text")
            .add("version", Integer.toString(item.version()))
            .add("firstcreated", time(item.firstCreated()))
            .add("versioncreated", time(item.versionCreated()))
            .add("pubstatus", pubStatus(item.pubStatus()))
            .add("language", item.language())
            .add("headlines", json.createArrayBuilder().add(text("main", null, item.headline())));
    if (item.standfirst() != null) {
      ninjs.add("descriptions", json.createArrayBuilder().add(text("summary", "text/plain", item.standfirst())));
    }
    ninjs.add("bodies", json.createArrayBuilder().add(text("main", "text/html", item.bodyHtml())));
    List<String> byline = ExportCredits.bylineLines(item);
    if (!byline.isEmpty()) {
      ninjs.add("by", String.join("\n", byline));
    }
    if (!item.contributors().isEmpty()) {
      JsonArrayBuilder people = json.createArrayBuilder();
      item.contributors().forEach(c -> people.add(json.createObjectBuilder().add("name", c.name()).add("rel", rel(c))));
      ninjs.add("people", people);
    }
    ninjs.add("copyrightholder", item.copyrightHolder());
    if (item.usageTerms() != null) {
      ninjs.add("usageterms", item.usageTerms());
    }
    List<String> wires = ExportCredits.wires(item);
    if (!wires.isEmpty() || item.distributor() != null) {
      JsonArrayBuilder sources = json.createArrayBuilder();
      wires.forEach(w -> sources.add(source(w, "originator")));
      if (item.distributor() != null) {
        sources.add(source(item.distributor(), "distributor"));
      }
      ninjs.add("infosources", sources);
    }
    if (item.editorialNote() != null) {
      ninjs.add("ednote", item.editorialNote());
    }
    if (item.picture() != null) {
      ninjs.add("associations", json.createArrayBuilder().add(picture(item.picture())));
    }
    StringWriter out = new StringWriter();
    try (JsonWriter writer = writers.createWriter(out)) {
      writer.writeObject(ninjs.build());
    }
    return out.toString();
  }

  private JsonObjectBuilder picture(ExportItem.Picture picture) {
    PhotoCredit credit = picture.credit();
    String creditLine = ExportCredits.photoCredit(credit);
    JsonObjectBuilder p =
        json.createObjectBuilder().add("name", PICTURE_ASSOCIATION).add("uri", picture.uri()).add("type", "picture");
    JsonArrayBuilder descriptions = json.createArrayBuilder();
    if (picture.caption() != null) {
      descriptions.add(text("caption", "text/plain", picture.caption()));
    }
    if (creditLine != null) {
      descriptions.add(text("creditline", "text/plain", creditLine));
    }
    if (picture.caption() != null || creditLine != null) {
      p.add("descriptions", descriptions);
    }
    if (credit != null && credit.getPhotographer() != null) {
      p.add("by", credit.getPhotographer());
    }
    if (credit != null && (credit.getAgency() != null || credit.getDistributor() != null)) {
      JsonArrayBuilder sources = json.createArrayBuilder();
      if (credit.getAgency() != null) {
        sources.add(source(credit.getAgency(), "originator"));
      }
      if (credit.getDistributor() != null) {
        sources.add(source(credit.getDistributor(), "distributor"));
      }
      p.add("infosources", sources);
    }
    // ninjs 2.2 requires a name on every rendition; Copydesk keeps one file per picture.
    p.add("renditions", json.createArrayBuilder().add(json.createObjectBuilder().add("name", "main").add("href", picture.href())));
    return p;
  }

  private JsonObjectBuilder text(String role, String contentType, String value) {
    JsonObjectBuilder o = json.createObjectBuilder().add("role", role);
    if (contentType != null) {
      o.add("contenttype", contentType);
    }
    return o.add("value", value);
  }

  private JsonObjectBuilder source(String name, String role) {
    return json.createObjectBuilder().add("name", name).add("role", role);
  }

  private static String rel(ExportItem.Credit credit) {
    return switch (credit.role()) {
      case WRITER -> "author";
      case ADDITIONAL_REPORTING -> "contributor";
      case PHOTOGRAPHER -> "photographer";
    };
  }

  static String pubStatus(PubStatus status) {
    return switch (status) {
      case USABLE -> "usable";
      case WITHHELD -> "withheld";
      case CANCELED -> "canceled";
    };
  }

  /** RFC 3339 with seconds always written: {@code OffsetDateTime.toString()} drops ":00". */
  static String time(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }
}
