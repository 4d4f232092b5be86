package org.copydesk.ingest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.ingest.IngestException.Reason;

/**
 * Typed access to ninjs fields that names the offending field as a JSON Pointer
 * ({@code /associations/0/renditions/2/width}) when a value has the wrong type. Absent and
 * {@code null} values read as {@code null}: ninjs makes almost every field optional.
 */
final class JsonFields {

  private JsonFields() {}

  static String pointer(String parent, String key) {
    return parent + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String pointer(String parent, int index) {
    return parent + "/" + index;
  }

  private static JsonValue value(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
  }

  /** A string exactly as sent. */
  static String string(JsonObject o, String key, String path) {
    JsonValue v = value(o, key);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw wrongType(pointer(path, key), "a string", v);
  }

  /** A string with surrounding whitespace removed; blank reads as absent. */
  static String text(JsonObject o, String key, String path) {
    String s = string(o, key, path);
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A string or a number as text: ninjs says string, some wires send a number. */
  static String stringOrNumber(JsonObject o, String key, String path) {
    JsonValue v = value(o, key);
    if (v instanceof JsonNumber n) {
      return n.toString();
    }
    return text(o, key, path);
  }

  static Integer integer(JsonObject o, String key, String path) {
    JsonValue v = value(o, key);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonNumber n) {
      return (int) Math.round(n.doubleValue());
    }
    throw wrongType(pointer(path, key), "a number", v);
  }

  static JsonObject object(JsonObject o, String key, String path) {
    JsonValue v = value(o, key);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonObject obj) {
      return obj;
    }
    throw wrongType(pointer(path, key), "an object", v);
  }

  static JsonArray array(JsonObject o, String key, String path) {
    JsonValue v = value(o, key);
    if (v == null) {
      return null;
    }
    if (v instanceof JsonArray a) {
      return a;
    }
    throw wrongType(pointer(path, key), "an array", v);
  }

  /** The elements of an array that must all be objects; an absent array is empty. */
  static List<JsonObject> objects(JsonObject o, String key, String path) {
    JsonArray a = array(o, key, path);
    List<JsonObject> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    String arrayPath = pointer(path, key);
    for (int i = 0; i < a.size(); i++) {
      JsonValue v = a.get(i);
      if (!(v instanceof JsonObject obj)) {
        throw wrongType(pointer(arrayPath, i), "an object", v);
      }
      out.add(obj);
    }
    return out;
  }

  /** An RFC 3339 date-time; one without a UTC offset is refused, since its instant is unknown. */
  static OffsetDateTime dateTime(JsonObject o, String key, String path) {
    String s = text(o, key, path);
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      throw new IngestException(
          Reason.INVALID_FIELD,
          pointer(path, key),
          "\"" + s + "\" is not a date-time with a UTC offset, such as 2024-05-01T12:00:00Z");
    }
  }

  static IngestException wrongType(String location, String expected, JsonValue actual) {
    String type = actual == null ? "missing" : actual.getValueType().name().toLowerCase(Locale.ROOT);
    return new IngestException(Reason.INVALID_FIELD, location, "must be " + expected + ", but is " + type);
  }
}
