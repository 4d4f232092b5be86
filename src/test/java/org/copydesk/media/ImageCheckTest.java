package org.copydesk.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageCheckTest {

  static byte[] encoded(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(width / 2, height / 2, 0xFF8800);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out), "ImageIO writes " + format);
    return out.toByteArray();
  }

  /** A lossy WebP header (RIFF, VP8 chunk, frame tag, start code, 14-bit sizes) and some payload. */
  static byte[] webpLossy(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8 ".getBytes(StandardCharsets.US_ASCII)).putInt(44);
    b.put(new byte[] {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A});
    b.putShort((short) width).putShort((short) height);
    return b.array();
  }

  static byte[] webpLossless(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(44);
    b.put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14);
    return b.array();
  }

  static byte[] webpExtended(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(56).put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
    int w = width - 1;
    int h = height - 1;
    b.put((byte) w).put((byte) (w >> 8)).put((byte) (w >> 16)).put((byte) h).put((byte) (h >> 8)).put((byte) (h >> 16));
    return b.array();
  }

  /** A PNG signature and IHDR chunk declaring the given size, with no image data after it. */
  static byte[] pngHeader(int width, int height) {
    ByteBuffer b = ByteBuffer.allocate(64);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
    b.put(new byte[] {8, 2, 0, 0, 0});
    return b.array();
  }

  @Test
  void readsTypeAndSizeOfRealJpegAndPng() throws IOException {
    ImageCheck.Inspected jpeg = ImageCheck.inspect(encoded("jpg", 640, 360));
    assertEquals(new ImageCheck.Inspected(ImageType.JPEG, 640, 360), jpeg);
    assertEquals(new ImageCheck.Inspected(ImageType.PNG, 31, 17), ImageCheck.inspect(encoded("png", 31, 17)));
  }

  @Test
  void readsAllThreeWebpHeaders() {
    assertEquals(new ImageCheck.Inspected(ImageType.WEBP, 1200, 675), ImageCheck.inspect(webpLossy(1200, 675)));
    assertEquals(new ImageCheck.Inspected(ImageType.WEBP, 800, 600), ImageCheck.inspect(webpLossless(800, 600)));
    assertEquals(new ImageCheck.Inspected(ImageType.WEBP, 4000, 3000), ImageCheck.inspect(webpExtended(4000, 3000)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
    "<html><script>alert(1)</script></html>",
    "GIF89a\u0001\u0000\u0001\u0000",
    "%PDF-1.7",
    "BM this is a bitmap header",
    "just text that someone named photo.jpg"
  })
  void refusesEverythingElseAsUnsupportedType(String content) {
    PhotoRefused refused = assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(content.getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals("photo.type", refused.getMessageKey());
    assertEquals(415, refused.httpStatus());
  }

  @Test
  void refusesEmptyAndOversizedFiles() throws IOException {
    assertEquals("photo.empty", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(new byte[0])).getMessageKey());
    byte[] big = Arrays.copyOf(encoded("jpg", 64, 64), ImageCheck.MAX_BYTES + 1);
    PhotoRefused tooLarge = assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(big));
    assertEquals("photo.tooLarge", tooLarge.getMessageKey());
    assertEquals(413, tooLarge.httpStatus());
    // Exactly at the limit the size is fine; the content decides.
    byte[] atLimit = Arrays.copyOf(encoded("jpg", 64, 64), ImageCheck.MAX_BYTES);
    assertEquals(64, ImageCheck.inspect(atLimit).width());
  }

  @Test
  void refusesPicturesDeclaringTooManyPixelsWithoutDecodingThem() {
    PhotoRefused wide = assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(pngHeader(ImageCheck.MAX_SIDE + 1, 10)));
    assertEquals("photo.dimensions", wide.getMessageKey());
    assertEquals(400, wide.httpStatus());
    // 7,000 x 7,000 is within the side limit but 49 megapixels: a decompression bomb's shape.
    assertEquals("photo.dimensions", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(pngHeader(7000, 7000))).getMessageKey());
    assertEquals("photo.dimensions", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(pngHeader(Integer.MAX_VALUE, 1))).getMessageKey());
    assertEquals("photo.dimensions", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(webpExtended(16000, 100))).getMessageKey());
    assertEquals(new ImageCheck.Inspected(ImageType.PNG, 8000, 5000), ImageCheck.inspect(pngHeader(8000, 5000)));
  }

  @Test
  void refusesBrokenHeadersThatOnlyStartLikeAPicture() throws IOException {
    byte[] jpeg = encoded("jpg", 100, 50);
    assertEquals("photo.unreadable", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(Arrays.copyOf(jpeg, 20))).getMessageKey());
    byte[] png = pngHeader(10, 10);
    assertEquals("photo.unreadable", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(Arrays.copyOf(png, 20))).getMessageKey());
    byte[] zeroWidth = pngHeader(0, 10);
    assertEquals("photo.unreadable", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(zeroWidth)).getMessageKey());
    byte[] badWebp = webpLossy(10, 10);
    badWebp[23] = 0;
    assertEquals("photo.unreadable", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(badWebp)).getMessageKey());
    byte[] jpegThenHtml = "\u00FF\u00D8\u00FF<html><script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("photo.unreadable", assertThrows(PhotoRefused.class, () -> ImageCheck.inspect(jpegThenHtml)).getMessageKey());
  }

  @Test
  void referencesNameUploadedPhotosOnly() {
    String sha = "a".repeat(64);
    assertTrue(PhotoRefs.isUploaded(sha + ".jpg"));
    assertEquals(sha, PhotoRefs.uploaded(sha + ".webp").orElseThrow());
    assertFalse(PhotoRefs.isUploaded("https://example.org/" + sha + ".jpg"));
    assertFalse(PhotoRefs.isUploaded(sha + ".svg"));
    assertFalse(PhotoRefs.isUploaded("../" + sha + ".jpg"));
    assertFalse(PhotoRefs.isUploaded(null));
  }
}
