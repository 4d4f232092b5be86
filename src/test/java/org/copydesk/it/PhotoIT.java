package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.copydesk.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lead photos: what is accepted (by content), what is refused with which status and nothing
 * stored, who may see a photo at its address, and the published story showing it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotoIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  /** A PNG unique to this run, so that content addressing cannot find an earlier upload. */
  static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    byte[] seed = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < seed.length && i < width; i++) {
      image.setRGB(i, 0, seed[i] * 0x010101);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }

  private HttpResponse<byte[]> anonymous(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private FormLogin signedIn(String user) {
    return FormLogin.signedIn(base, user);
  }

  @Test
  void anUploadedPhotoIsStoredOnceAndVisibleOnlyToTheNewsroomUntilPublished() throws Exception {
    byte[] picture = png(320, 180);
    // The declared type is ignored: the content decides.
    Answer uploaded = api.upload("rita", "photos", picture, "application/octet-stream");
    assertEquals(201, uploaded.status(), uploaded.toString());
    JsonObject photo = uploaded.json();
    String ref = photo.getString("ref");
    assertEquals(sha256(picture) + ".png", ref);
    assertEquals("image/png", photo.getString("mediaType"));
    assertEquals(320, photo.getInt("width"));
    assertEquals(180, photo.getInt("height"));
    Answer again = api.upload("eddie", "photos", picture, "image/png");
    assertEquals(201, again.status());
    assertEquals(ref, again.json().getString("ref"), "the same content is one photo");

    assertEquals(404, anonymous("media/" + ref).statusCode(), "an unpublished photo is not public");
    HttpResponse<byte[]> inNewsroom = signedIn("fran").bytes("media/" + ref);
    assertEquals(200, inNewsroom.statusCode());
    assertArrayEquals(picture, inNewsroom.body());
    assertEquals("image/png", inNewsroom.headers().firstValue("Content-Type").orElse(""));
    assertEquals("nosniff", inNewsroom.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(inNewsroom.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
    assertTrue(inNewsroom.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    // A story with the photo, through the whole workflow to publication.
    JsonObject story = Json.createObjectBuilder(Api.story("Harbour crane topples in storm " + UUID.randomUUID().toString().substring(0, 8),
            "<p>The crane fell at 4 a.m. on Tuesday, the port authority said.</p>").build())
        .add("photoRef", ref)
        .add("photoCaption", "The crane on the quay after the storm.")
        .add("photoCredit", Json.createObjectBuilder().add("photographer", "Rita Reyes").add("agency", "Staff"))
        .build();
    Answer created = api.post("rita", "stories", story.toString());
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    assertEquals(200, api.post("rita", "stories/" + id + "/transitions", Api.transition("SUBMIT")).status());
    assertEquals(200, api.post("eddie", "stories/" + id + "/transitions", Api.transition("APPROVE")).status());
    api.verifyAllClaims(id);
    assertEquals(200, api.post("fran", "stories/" + id + "/transitions", Api.transition("SIGN_OFF")).status());
    Answer published = api.post("eddie", "stories/" + id + "/transitions", Api.transition("PUBLISH"));
    assertEquals(200, published.status(), published.toString());

    HttpResponse<byte[]> publicPhoto = anonymous("media/" + ref);
    assertEquals(200, publicPhoto.statusCode());
    assertArrayEquals(picture, publicPhoto.body());
    assertTrue(publicPhoto.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    String etag = publicPhoto.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> notModified = http.send(
        HttpRequest.newBuilder(URI.create(base + "media/" + ref)).header("If-None-Match", etag).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, notModified.statusCode());

    String slug = published.json().getString("slug");
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "news/" + slug)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    var img = Jsoup.parse(page.body()).select(".lead-photo img");
    assertEquals(1, img.size(), page.body());
    assertTrue(img.attr("src").endsWith("/media/" + ref), img.attr("src"));
    assertEquals("The crane on the quay after the storm.", img.attr("alt"));
  }

  @Test
  void refusedUploadsSayWhyWithTheirStatusAndStoreNothing() throws Exception {
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
    byte[] htmlAsPng = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    assertRefused(api.upload("rita", "photos", svg, "image/svg+xml"), 415, "photo.type");
    assertRefused(api.upload("rita", "photos", htmlAsPng, "image/png"), 415, "photo.type");
    assertRefused(api.upload("rita", "photos", new byte[0], "image/png"), 400, "photo.empty");
    byte[] huge = new byte[5 * 1024 * 1024 + 10];
    byte[] start = png(16, 16);
    System.arraycopy(start, 0, huge, 0, start.length);
    assertRefused(api.upload("rita", "photos", huge, "image/png"), 413, "photo.tooLarge");
    // A PNG header declaring 20,000 x 20,000 pixels: refused before anything decodes it.
    byte[] bomb = java.nio.ByteBuffer.allocate(40)
        .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})
        .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(20_000).putInt(20_000)
        .array();
    assertRefused(api.upload("rita", "photos", bomb, "image/png"), 400, "photo.dimensions");

    FormLogin newsroom = signedIn("eddie");
    for (byte[] refused : new byte[][] {svg, htmlAsPng, bomb}) {
      String sha = sha256(refused);
      for (String ext : new String[] {"png", "jpg", "webp", "svg"}) {
        assertEquals(404, newsroom.bytes("media/" + sha + "." + ext).statusCode(), "nothing stored for a refused upload");
      }
    }
    assertEquals(403, api.upload("fran", "photos", png(8, 8), "image/png").status(), "a fact-checker uploads no photos");
    assertEquals(401, api.upload(null, "photos", png(8, 8), "image/png").status());
  }

  @Test
  void aRevisionCannotPointAtAPhotoThatWasNeverUploaded() {
    JsonObject story = Json.createObjectBuilder(Api.story("Photo that never was", "<p>Text.</p>").build())
        .add("photoRef", "0".repeat(64) + ".jpg")
        .build();
    assertRefused(api.post("rita", "stories", story.toString()), 400, "story.photoRef.unknown");
  }

  private static void assertRefused(Answer answer, int status, String key) {
    assertEquals(status, answer.status(), answer.toString());
    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.toString());
    assertEquals(key, answer.json().getString("key"), answer.toString());
    assertTrue(answer.json().getString("detail").contains("Nothing") || "story.photoRef.unknown".equals(key), answer.toString());
  }
}
