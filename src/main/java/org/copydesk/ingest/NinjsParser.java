package org.copydesk.ingest;

import static org.copydesk.ingest.JsonFields.dateTime;
import static org.copydesk.ingest.JsonFields.integer;
import static org.copydesk.ingest.JsonFields.object;
import static org.copydesk.ingest.JsonFields.objects;
import static org.copydesk.ingest.JsonFields.pointer;
import static org.copydesk.ingest.JsonFields.string;
import static org.copydesk.ingest.JsonFields.text;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.credit.CreditParser;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.ingest.IngestException.Reason;

/**
 * Reads IPTC ninjs 1.x, 2.x and 3.x. The version is taken from the item when it names it (a
 * {@code $schema} URL or a {@code standard} object naming ninjs); otherwise it is told from the
 * item's shape, since the three versions spell their properties differently (see
 * {@link NinjsDialect}). Items that could be any version read the same under each.
 *
 * <p>Duplicate keys are refused: with two {@code pubStatus} values, which one the wire meant is a
 * guess, and a wrong guess publishes a killed story.
 */
public final class NinjsParser implements WireParser {

  private static final Pattern SCHEMA_VERSION = Pattern.compile("(?:^|/)ninjs-schema_(\\d+)[^/]*\\.json");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");
  private static final Set<String> CAMEL_CASE_KEYS =
      Set.of("versionCreated", "firstCreated", "contentCreated", "pubStatus", "copyrightHolder",
          "copyrightNotice", "usageTerms", "infoSources", "edNote", "altIds", "representationType",
          "embargoedUntil", "trustIndicators", "rightsInfo", "digitalSourceType", "eventDetails",
          "plannedCoverage");
  private static final Set<String> LOWER_CASE_KEYS =
      Set.of("versioncreated", "firstcreated", "contentcreated", "pubstatus", "copyrightholder",
          "copyrightnotice", "usageterms", "infosources", "infosource", "ednote", "altids",
          "representationtype", "embargoed", "trustindicators", "trustindicator", "digitalsourcetype",
          "rightsinfo");
  private static final Set<String> VERSION_1_KEYS =
      Set.of("headline", "byline", "person", "organisation", "place", "subject", "genre", "event",
          "object", "infosource", "trustindicator", "$standard");
  private static final Set<String> LIST_KEYS =
      Set.of("headlines", "bodies", "descriptions", "by", "people", "organisations", "places",
          "subjects", "genres", "events", "objects", "infosources", "infoSources", "standard");
  private static final Set<String> NOT_A_CAPTION = Set.of("caption", "creditline", "credit", "writer");

  private final CreditParser credits;
  private final JsonReaderFactory readers;
  private final JsonParserFactory parsers;

  public NinjsParser() {
    this(new CreditParser());
  }

  public NinjsParser(CreditParser credits) {
    this.credits = Objects.requireNonNull(credits, "credits");
    this.readers = Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    this.parsers = Json.createParserFactory(Map.of());
  }

  @Override
  public WireItem parse(byte[] input) {
    WireInput.checkSize(input);
    int first = WireInput.firstSignificantByte(input);
    if (first < 0) {
      throw new IngestException(Reason.EMPTY, "The input holds only whitespace");
    }
    if (input[first] == '<') {
      throw new IngestException(Reason.NOT_JSON, "The input is XML, not JSON; NewsML-G2 has its own importer");
    }
    if (input[first] != '{' && input[first] != '[') {
      throw new IngestException(Reason.NOT_JSON, "The input is not JSON: it does not start with '{'");
    }
    JsonValue value = readJson(WireInput.utf8(input, Reason.MALFORMED_JSON));
    if (!(value instanceof JsonObject item)) {
      throw new IngestException(
          Reason.NOT_A_NEWS_ITEM,
          "A ninjs item is a JSON object, but this is " + value.getValueType().name().toLowerCase(Locale.ROOT));
    }
    return read(item, NinjsDialect.of(detectVersion(item)));
  }

  private JsonValue readJson(String json) {
    try {
      JsonValue value;
      try (JsonReader reader = readers.createReader(new StringReader(json))) {
        value = reader.readValue();
      }
      requireNothingAfterTheValue(json);
      return value;
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? null : "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
      throw new IngestException(Reason.MALFORMED_JSON, where, "The JSON is malformed: " + e.getMessage(), e);
    } catch (JsonException e) {
      throw new IngestException(Reason.MALFORMED_JSON, null, "The JSON is malformed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Parsson reports input nested too deeply with a bare RuntimeException; only the JSON
      // provider runs in this block, so whatever it throws is about the input.
      throw new IngestException(Reason.MALFORMED_JSON, null, "The JSON could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * The reader stops after the first value and ignores what follows, so a second item smuggled
   * behind the first would pass unseen; a streaming pass over the same text refuses it.
   */
  private void requireNothingAfterTheValue(String json) {
    try (JsonParser parser = parsers.createParser(new StringReader(json))) {
      JsonParser.Event first = parser.next();
      if (first == JsonParser.Event.START_OBJECT) {
        parser.skipObject();
      } else if (first == JsonParser.Event.START_ARRAY) {
        parser.skipArray();
      }
      if (parser.hasNext()) {
        throw new JsonParsingException("Something follows the JSON value", parser.getLocation());
      }
    }
  }

  // ---------------------------------------------------------------- version

  static WireFormat detectVersion(JsonObject item) {
    Optional<Integer> named = namedVersion(item);
    if (named.isPresent()) {
      return switch (named.get()) {
        case 1 -> WireFormat.NINJS_1;
        case 2 -> WireFormat.NINJS_2;
        case 3 -> WireFormat.NINJS_3;
        default ->
            throw new IngestException(
                Reason.UNSUPPORTED_VERSION,
                "ninjs " + named.get() + ".x is not supported; Copydesk reads ninjs 1.x, 2.x and 3.x");
      };
    }
    int camel = count(item, CAMEL_CASE_KEYS);
    int lower = count(item, LOWER_CASE_KEYS);
    if (camel > lower) {
      return WireFormat.NINJS_3;
    }
    int v1 = count(item, VERSION_1_KEYS) + (int) item.keySet().stream().filter(NinjsParser::isVersion1Pattern).count()
        + (item.get("associations") instanceof JsonObject ? 1 : 0)
        + (item.get("renditions") instanceof JsonObject ? 1 : 0);
    int lists = count(item, LIST_KEYS)
        + (item.get("associations") instanceof JsonArray ? 1 : 0)
        + (item.get("renditions") instanceof JsonArray ? 1 : 0);
    if (v1 > lists) {
      return WireFormat.NINJS_1;
    }
    // Lists in lower case are version 2. Nothing at all to tell 2 from 3 means the item reads the
    // same under both, and 3 is the current version.
    return lower > 0 ? WireFormat.NINJS_2 : WireFormat.NINJS_3;
  }

  /** The major version the item names itself, through a schema URL or a standard object. */
  private static Optional<Integer> namedVersion(JsonObject item) {
    if (item.get("$schema") instanceof JsonString s) {
      Matcher m = SCHEMA_VERSION.matcher(s.getString());
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    for (String key : List.of("standard", "$standard")) {
      if (item.get(key) instanceof JsonObject standard) {
        // Only "ninjs" itself: a profile such as TT's "TTNINJS" numbers its versions its own way.
        if (standard.get("name") instanceof JsonString name
            && name.getString().strip().equalsIgnoreCase("ninjs")
            && standard.get("version") instanceof JsonString version) {
          Matcher m = LEADING_NUMBER.matcher(version.getString());
          if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
          }
        }
        if (standard.get("schema") instanceof JsonString schema) {
          Matcher m = SCHEMA_VERSION.matcher(schema.getString());
          if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1)));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isVersion1Pattern(String key) {
    return key.startsWith("body_") || key.startsWith("description_") || key.startsWith("headline_");
  }

  private static int count(JsonObject item, Set<String> keys) {
    return (int) item.keySet().stream().filter(keys::contains).count();
  }

  // ---------------------------------------------------------------- fields

  private WireItem read(JsonObject item, NinjsDialect d) {
    String uri = text(item, "uri", "");
    if (uri == null) {
      throw new IngestException(Reason.MISSING_FIELD, "/uri", "A ninjs item needs its uri");
    }
    ItemType type = itemType(item, d, "");
    Descriptions descriptions = descriptions(item, d, "");
    Bodies bodies = bodies(item, d, "");
    String by = text(item, d.by, "");
    Picture picture = type == ItemType.PICTURE ? picture(item, d, "") : associatedPicture(item, d);
    return new WireItem(
        d.format,
        type,
        uri,
        JsonFields.stringOrNumber(item, "version", ""),
        dateTime(item, d.versionCreated, ""),
        pubStatus(item),
        embargo(item),
        text(item, "language", ""),
        headline(item, d, ""),
        type == ItemType.PICTURE ? descriptions.caption() : descriptions.summary(),
        bodies.html(),
        bodies.text(),
        credits.parseByline(by),
        names(item, d.people, ""),
        text(item, "located", ""),
        text(item, d.copyrightHolder, ""),
        text(item, d.copyrightNotice, ""),
        text(item, d.usageTerms, ""),
        infoSources(item, d),
        text(item, d.edNote, ""),
        picture);
  }

  private static ItemType itemType(JsonObject o, NinjsDialect d, String path) {
    String type = text(o, "type", path);
    if (type == null) {
      // ninjs makes type optional; an item of renditions and no body is a picture.
      boolean hasBody = d.lists ? o.containsKey("bodies") : o.keySet().stream().anyMatch(k -> k.startsWith("body_"));
      return !hasBody && o.containsKey("renditions") ? ItemType.PICTURE : ItemType.TEXT;
    }
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "text", "composite" -> ItemType.TEXT;
      case "picture", "graphic" -> ItemType.PICTURE;
      case "audio", "video", "component", "event", "planning" ->
          throw new IngestException(
              Reason.UNSUPPORTED_ITEM_TYPE,
              pointer(path, "type"),
              "a \"" + type + "\" item cannot be ingested; Copydesk takes text and pictures");
      default ->
          throw new IngestException(Reason.INVALID_FIELD, pointer(path, "type"), "\"" + type + "\" is not a ninjs type");
    };
  }

  private static PubStatus pubStatus(JsonObject item) {
    Spelled value = eitherSpelling(item, NinjsDialect.PUB_STATUS_SPELLINGS);
    if (value == null) {
      return PubStatus.USABLE;
    }
    return PubStatus.of(value.value())
        .orElseThrow(
            () ->
                new IngestException(
                    Reason.INVALID_FIELD,
                    "/" + value.key(),
                    "\"" + value.value() + "\" is not a publishing status (usable, withheld or canceled)"));
  }

  private static OffsetDateTime embargo(JsonObject item) {
    Spelled value = eitherSpelling(item, NinjsDialect.EMBARGO_SPELLINGS);
    return value == null ? null : dateTime(item, value.key(), "");
  }

  private record Spelled(String key, String value) {}

  private static Spelled eitherSpelling(JsonObject item, List<String> spellings) {
    Spelled found = null;
    for (String key : spellings) {
      String v = text(item, key, "");
      if (v == null) {
        continue;
      }
      if (found != null && !found.value().equals(v)) {
        throw new IngestException(
            Reason.INVALID_FIELD,
            "/" + key,
            "\"" + v + "\" contradicts /" + found.key() + " \"" + found.value() + "\"; which one holds is unclear");
      }
      found = new Spelled(key, v);
    }
    return found;
  }

  private static String headline(JsonObject o, NinjsDialect d, String path) {
    if (!d.lists) {
      return text(o, "headline", path);
    }
    List<JsonObject> headlines = objects(o, "headlines", path);
    String listPath = pointer(path, "headlines");
    String unmarked = null;
    String firstValue = null;
    for (int i = 0; i < headlines.size(); i++) {
      JsonObject h = headlines.get(i);
      String itemPath = pointer(listPath, i);
      String value = text(h, "value", itemPath);
      String role = text(h, "role", itemPath);
      if (value == null) {
        continue;
      }
      if ("main".equalsIgnoreCase(role)) {
        return value;
      }
      if (role == null && unmarked == null) {
        unmarked = value;
      }
      if (firstValue == null) {
        firstValue = value;
      }
    }
    return unmarked != null ? unmarked : firstValue;
  }

  /** The summary of a story, the caption of a picture and a declared credit line. */
  private record Descriptions(String summary, String caption, String creditLine) {}

  private static Descriptions descriptions(JsonObject o, NinjsDialect d, String path) {
    if (!d.lists) {
      // ninjs 1.x: description_text, description_xhtml, ... all describe the same thing.
      String text = text(o, "description_text", path);
      if (text == null) {
        text = o.keySet().stream()
            .filter(k -> k.startsWith("description_"))
            .map(k -> text(o, k, path))
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
      }
      return new Descriptions(text, text, null);
    }
    String caption = null;
    String ordinary = null;
    String creditLine = null;
    List<JsonObject> list = objects(o, "descriptions", path);
    String listPath = pointer(path, "descriptions");
    for (int i = 0; i < list.size(); i++) {
      String itemPath = pointer(listPath, i);
      String value = text(list.get(i), "value", itemPath);
      String role = text(list.get(i), "role", itemPath);
      String r = role == null ? "" : role.toLowerCase(Locale.ROOT);
      if (value == null) {
        continue;
      }
      if (r.equals("caption") && caption == null) {
        caption = value;
      } else if ((r.equals("creditline") || r.equals("credit")) && creditLine == null) {
        creditLine = value;
      } else if (!NOT_A_CAPTION.contains(r) && ordinary == null) {
        ordinary = value;
      }
    }
    return new Descriptions(ordinary, caption != null ? caption : ordinary, creditLine);
  }

  private record Bodies(String html, String text) {}

  private static Bodies bodies(JsonObject o, NinjsDialect d, String path) {
    if (!d.lists) {
      String html = null;
      for (String key : o.keySet()) {
        if (key.startsWith("body_") && key.contains("html")) {
          html = string(o, key, path);
          break;
        }
      }
      return new Bodies(html, string(o, "body_text", path));
    }
    String html = null;
    String text = null;
    List<JsonObject> list = objects(o, "bodies", path);
    String listPath = pointer(path, "bodies");
    for (int i = 0; i < list.size(); i++) {
      String itemPath = pointer(listPath, i);
      JsonObject body = list.get(i);
      String value = string(body, "value", itemPath);
      if (value == null || value.isBlank()) {
        continue;
      }
      String contentType = lower(text(body, d.contentType, itemPath));
      String role = lower(text(body, "role", itemPath));
      boolean isHtml =
          contentType != null
              ? contentType.contains("html")
              : (role != null ? role.contains("html") : value.stripLeading().startsWith("<"));
      boolean isText =
          contentType != null ? contentType.startsWith("text/plain") : !isHtml && (role == null || role.equals("text"));
      if (isHtml && html == null) {
        html = value;
      } else if (isText && text == null) {
        text = value;
      }
    }
    return new Bodies(html, text);
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static List<String> names(JsonObject o, String key, String path) {
    List<String> names = new ArrayList<>();
    List<JsonObject> list = objects(o, key, path);
    for (int i = 0; i < list.size(); i++) {
      String name = text(list.get(i), "name", pointer(pointer(path, key), i));
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<InfoSource> infoSources(JsonObject item, NinjsDialect d) {
    List<InfoSource> sources = new ArrayList<>();
    List<JsonObject> list = objects(item, d.infoSources, "");
    for (int i = 0; i < list.size(); i++) {
      String p = pointer("/" + d.infoSources, i);
      JsonObject s = list.get(i);
      sources.add(new InfoSource(text(s, "name", p), text(s, "uri", p), text(s, d.infoSourceRole, p)));
    }
    return sources;
  }

  // ---------------------------------------------------------------- pictures

  private Picture associatedPicture(JsonObject item, NinjsDialect d) {
    if (d.lists) {
      List<JsonObject> list = objects(item, "associations", "");
      for (int i = 0; i < list.size(); i++) {
        if (isPicture(list.get(i), pointer("/associations", i))) {
          return picture(list.get(i), d, pointer("/associations", i));
        }
      }
      return null;
    }
    JsonObject associations = object(item, "associations", "");
    if (associations == null) {
      return null;
    }
    for (String name : associations.keySet()) {
      String p = pointer("/associations", name);
      JsonObject association = object(associations, name, "/associations");
      if (association != null && isPicture(association, p)) {
        return picture(association, d, p);
      }
    }
    return null;
  }

  private static boolean isPicture(JsonObject o, String path) {
    String type = text(o, "type", path);
    if (type == null) {
      return o.containsKey("renditions");
    }
    String t = type.toLowerCase(Locale.ROOT);
    return t.equals("picture") || t.equals("graphic");
  }

  private Picture picture(JsonObject o, NinjsDialect d, String path) {
    Descriptions descriptions = descriptions(o, d, path);
    String by = text(o, d.by, path);
    PhotoCredit credit = PictureCredits.choose(credits, descriptions.creditLine(), descriptions.caption(), by, null);
    return new Picture(
        text(o, "uri", path),
        headline(o, d, path),
        descriptions.caption(),
        descriptions.creditLine(),
        credit,
        renditions(o, d, path));
  }

  private static List<Rendition> renditions(JsonObject o, NinjsDialect d, String path) {
    List<Rendition> out = new ArrayList<>();
    String listPath = pointer(path, "renditions");
    if (d.lists) {
      List<JsonObject> list = objects(o, "renditions", path);
      for (int i = 0; i < list.size(); i++) {
        out.add(rendition(text(list.get(i), "name", pointer(listPath, i)), list.get(i), d, pointer(listPath, i)));
      }
      return out;
    }
    JsonObject renditions = object(o, "renditions", path);
    if (renditions != null) {
      for (String name : renditions.keySet()) {
        JsonObject r = object(renditions, name, listPath);
        if (r != null) {
          out.add(rendition(name, r, d, pointer(listPath, name)));
        }
      }
    }
    return out;
  }

  private static Rendition rendition(String name, JsonObject r, NinjsDialect d, String path) {
    return new Rendition(
        name, text(r, "href", path), text(r, d.contentType, path), integer(r, "width", path), integer(r, "height", path));
  }
}
