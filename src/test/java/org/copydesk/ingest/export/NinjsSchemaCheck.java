package org.copydesk.ingest.export;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a ninjs document against the parts of the IPTC JSON schema that an export can get wrong:
 * property names (closed objects), required properties, types, enumerations and the date-time and
 * URI formats, following {@code $ref}s. It is not a full JSON Schema validator (no {@code oneOf},
 * no conditionals), which is why the tests also check that it does find planted mistakes.
 *
 * <p>The schema is the IPTC file already kept for the ingest tests,
 * {@code src/test/resources/ingest/ninjs/ninjs-schema_2.2.json} (MIT licence, see the
 * LICENSE-IPTC.txt beside it).
 */
final class NinjsSchemaCheck {

  private final JsonObject root;

  private NinjsSchemaCheck(JsonObject root) {
    this.root = root;
  }

  static NinjsSchemaCheck version22() {
    try (InputStream in = NinjsSchemaCheck.class.getResourceAsStream("/ingest/ninjs/ninjs-schema_2.2.json")) {
      if (in == null) {
        throw new IllegalStateException("The ninjs 2.2 schema is not on the test classpath");
      }
      try (JsonReader reader = Json.createReader(in)) {
        return new NinjsSchemaCheck(reader.readObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The top-level property names the schema allows for a news item. */
  Set<String> itemPropertyNames() {
    return root.getJsonObject("$defs").getJsonObject("ninjsType").getJsonObject("properties").keySet();
  }

  List<String> problems(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      List<String> problems = new ArrayList<>();
      check(reader.readValue(), root, "", problems);
      return problems;
    }
  }

  private void check(JsonValue value, JsonObject schema, String path, List<String> problems) {
    List<JsonObject> parts = expand(schema);
    for (JsonObject part : parts) {
      if (part.get("type") instanceof JsonString type && !hasType(value, type.getString())) {
        problems.add(where(path) + " should be " + type.getString() + ", but is " + value.getValueType());
      }
      if (part.get("enum") instanceof JsonArray allowed && !allowed.contains(value)) {
        problems.add(where(path) + " is " + value + ", not one of " + allowed);
      }
      if (part.get("format") instanceof JsonString format && value instanceof JsonString s) {
        checkFormat(s.getString(), format.getString(), path, problems);
      }
    }
    if (value instanceof JsonObject object) {
      Map<String, JsonObject> properties = new LinkedHashMap<>();
      Set<String> required = new LinkedHashSet<>();
      boolean closed = false;
      for (JsonObject part : parts) {
        if (part.get("properties") instanceof JsonObject props) {
          props.forEach((k, v) -> properties.putIfAbsent(k, v.asJsonObject()));
        }
        if (part.get("required") instanceof JsonArray names) {
          names.getValuesAs(JsonString.class).forEach(n -> required.add(n.getString()));
        }
        closed |= JsonValue.FALSE.equals(part.get("additionalProperties")) || JsonValue.FALSE.equals(part.get("unevaluatedProperties"));
      }
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        JsonObject propertySchema = properties.get(e.getKey());
        if (propertySchema != null) {
          check(e.getValue(), propertySchema, path + "/" + e.getKey(), problems);
        } else if (closed) {
          problems.add(where(path + "/" + e.getKey()) + " is not a property the schema allows here");
        }
      }
      for (String name : required) {
        if (!object.containsKey(name)) {
          problems.add(where(path) + " lacks the required property " + name);
        }
      }
    }
    if (value instanceof JsonArray array) {
      for (JsonObject part : parts) {
        if (part.get("items") instanceof JsonObject items) {
          for (int i = 0; i < array.size(); i++) {
            check(array.get(i), items, path + "/" + i, problems);
          }
        }
      }
    }
  }

  /** The schema and every schema it refers to, which together apply to the same value. */
  private List<JsonObject> expand(JsonObject schema) {
    List<JsonObject> parts = new ArrayList<>();
    parts.add(schema);
    if (schema.get("$ref") instanceof JsonString ref) {
      String prefix = "#/$defs/";
      if (!ref.getString().startsWith(prefix)) {
        throw new IllegalStateException("Unsupported $ref " + ref.getString());
      }
      parts.addAll(expand(root.getJsonObject("$defs").getJsonObject(ref.getString().substring(prefix.length()))));
    }
    return parts;
  }

  private static boolean hasType(JsonValue value, String type) {
    return switch (type) {
      case "string" -> value instanceof JsonString;
      case "object" -> value instanceof JsonObject;
      case "array" -> value instanceof JsonArray;
      case "number" -> value instanceof JsonNumber;
      case "integer" -> value instanceof JsonNumber n && n.isIntegral();
      case "boolean" -> value == JsonValue.TRUE || value == JsonValue.FALSE;
      default -> throw new IllegalStateException("Unknown schema type " + type);
    };
  }

  private static void checkFormat(String s, String format, String path, List<String> problems) {
    switch (format) {
      case "date-time" -> {
        try {
          OffsetDateTime.parse(s);
          if (!s.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
            problems.add(where(path) + " \"" + s + "\" is not an RFC 3339 date-time");
          }
        } catch (DateTimeParseException e) {
          problems.add(where(path) + " \"" + s + "\" is not a date-time");
        }
      }
      case "uri" -> {
        try {
          if (!new URI(s).isAbsolute()) {
            problems.add(where(path) + " \"" + s + "\" is not an absolute URI");
          }
        } catch (URISyntaxException e) {
          problems.add(where(path) + " \"" + s + "\" is not a URI");
        }
      }
      default -> {
        // Other formats do not occur in what Copydesk writes.
      }
    }
  }

  private static String where(String path) {
    return path.isEmpty() ? "the item" : path;
  }
}
