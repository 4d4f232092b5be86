package org.copydesk.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details, built with JSON-P so every server writes them the same way. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static JsonObjectBuilder problem(int status, String title, String detail, String key) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("type", key == null ? "about:blank" : "urn:copydesk:problem:" + key)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (key != null) {
      b.add("key", key);
    }
    return b;
  }

  static Response response(int status, JsonObjectBuilder body) {
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  static String title(int status) {
    Response.Status s = Response.Status.fromStatusCode(status);
    return s == null ? "Error" : s.getReasonPhrase();
  }
}
