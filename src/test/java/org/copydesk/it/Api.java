package org.copydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A JSON API client for tests: HTTP Basic as a demo user, answers as status plus JSON. */
public final class Api {

  public record Answer(int status, String body, String contentType, java.net.http.HttpHeaders headers) {
    public Answer(int status, String body, String contentType) {
      this(status, body, contentType, java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public JsonObject json() {
      try {
        return Json.createReader(new StringReader(body)).readObject();
      } catch (jakarta.json.JsonException e) {
        throw notJson(e);
      }
    }

    public JsonArray array() {
      try {
        return Json.createReader(new StringReader(body)).readArray();
      } catch (jakarta.json.JsonException e) {
        throw notJson(e);
      }
    }

    /** Says what came instead of JSON (a server's HTML error page, say), not only where parsing stopped. */
    private IllegalStateException notJson(jakarta.json.JsonException e) {
      String head = body.length() > 300 ? body.substring(0, 300) + "..." : body;
      return new IllegalStateException("not JSON: " + status + " " + contentType + ": " + head, e);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public Api(URL deployment) {
    this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
  }

  public Answer get(String user, String path) {
    return send(user, HttpRequest.newBuilder(base.resolve("api/" + path)).GET());
  }

  public Answer post(String user, String path, JsonObjectBuilder body) {
    return post(user, path, body.build().toString());
  }

  public Answer post(String user, String path, String body) {
    return send(
        user,
        HttpRequest.newBuilder(base.resolve("api/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Answer put(String user, String path, JsonObjectBuilder body) {
    return send(
        user,
        HttpRequest.newBuilder(base.resolve("api/" + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.build().toString(), StandardCharsets.UTF_8)));
  }

  /** POST raw bytes with the given declared content type (uploads). */
  public Answer upload(String user, String path, byte[] body, String contentType) {
    return send(
        user,
        HttpRequest.newBuilder(base.resolve("api/" + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** PUT with a JSON body. */
  public Answer send(String user, String path, JsonObjectBuilder body) {
    return put(user, path, body);
  }

  /** The demo fact-checker verifies every claim of a story's current revision (before a sign-off). */
  public void verifyAllClaims(long storyId) {
    Answer claims = get("fran", "stories/" + storyId + "/claims");
    if (claims.status() != 200) {
      throw new IllegalStateException("claims not readable: " + claims);
    }
    for (JsonObject claim : claims.array().getValuesAs(JsonObject.class)) {
      if (!claim.getString("status").equals("VERIFIED")) {
        Answer verified = put("fran", "stories/" + storyId + "/claims/" + claim.getJsonNumber("id").longValue(),
            Json.createObjectBuilder().add("status", "VERIFIED").add("note", "Checked against the source."));
        if (verified.status() != 200) {
          throw new IllegalStateException("could not verify a claim: " + verified);
        }
      }
    }
  }

  private Answer send(String user, HttpRequest.Builder request) {
    if (user != null) {
      String credentials = user + ":" + Deployments.PASSWORD;
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A story body as the API takes it. */
  public static JsonObjectBuilder story(String headline, String body) {
    return Json.createObjectBuilder()
        .add("headline", headline)
        .add("standfirst", "A standfirst for " + headline)
        .add("body", body)
        .add("contributors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Rita Reyes").add("role", "WRITER")));
  }

  public static JsonObjectBuilder revision(int base, String headline, String body) {
    return story(headline, body).add("baseRevision", base);
  }

  public static JsonObjectBuilder transition(String name) {
    return Json.createObjectBuilder().add("transition", name);
  }
}
