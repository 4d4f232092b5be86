package org.copydesk.media;

/**
 * Decides what an uploaded file is from its first bytes and reads its pixel size from its header,
 * without decoding it. The name and the type the browser claims are ignored: a renamed HTML or SVG
 * file is refused here. Only the header is read, so a decompression bomb is refused by its
 * declared size before anything would ever decode it.
 */
public final class ImageCheck {

  /** 5 MiB: a full-resolution newsroom JPEG; the servlet container's multipart limit is above it. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  /** Longest side in pixels; larger pictures are resized before upload in any newsroom workflow. */
  public static final int MAX_SIDE = 8000;
  /** 40 megapixels: what a browser can decode without trouble. */
  public static final long MAX_PIXELS = 40_000_000L;

  /** What was found: the format and the declared size in pixels. */
  public record Inspected(ImageType type, int width, int height) {}

  private ImageCheck() {}

  public static Inspected inspect(byte[] data) {
    if (data == null || data.length == 0) {
      throw new PhotoRefused(400, "photo.empty");
    }
    if (data.length > MAX_BYTES) {
      throw new PhotoRefused(413, "photo.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    Inspected found;
    if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
      found = jpeg(data);
    } else if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      found = png(data);
    } else if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
      found = webp(data);
    } else {
      throw new PhotoRefused(415, "photo.type");
    }
    if (found.width() <= 0 || found.height() <= 0) {
      throw new PhotoRefused(400, "photo.unreadable");
    }
    if (found.width() > MAX_SIDE || found.height() > MAX_SIDE || (long) found.width() * found.height() > MAX_PIXELS) {
      throw new PhotoRefused(400, "photo.dimensions", found.width(), found.height(), MAX_SIDE, MAX_PIXELS / 1_000_000);
    }
    return found;
  }

  private static Inspected png(byte[] d) {
    // The first chunk must be IHDR: length 13, then width and height as 32-bit big-endian.
    if (d.length < 33 || !startsWith(d, 12, 'I', 'H', 'D', 'R')) {
      throw new PhotoRefused(400, "photo.unreadable");
    }
    long width = u32be(d, 16);
    long height = u32be(d, 20);
    return new Inspected(ImageType.PNG, clamp(width), clamp(height));
  }

  private static Inspected jpeg(byte[] d) {
    // Walk the marker segments to the first start-of-frame (SOF0..SOF15 except DHT, JPG and DAC),
    // which holds the frame's height and width.
    int i = 2;
    while (i + 3 < d.length) {
      if ((d[i] & 0xFF) != 0xFF) {
        throw new PhotoRefused(400, "photo.unreadable");
      }
      int marker = d[i + 1] & 0xFF;
      if (marker == 0xFF) {
        i++; // fill byte
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        i += 2; // markers without a length
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) {
        break; // end of image or start of scan before any frame header
      }
      int length = u16be(d, i + 2);
      if (length < 2) {
        throw new PhotoRefused(400, "photo.unreadable");
      }
      boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (i + 8 >= d.length) {
          break;
        }
        return new Inspected(ImageType.JPEG, u16be(d, i + 7), u16be(d, i + 5));
      }
      i += 2 + length;
    }
    throw new PhotoRefused(400, "photo.unreadable");
  }

  private static Inspected webp(byte[] d) {
    if (d.length < 30) {
      throw new PhotoRefused(400, "photo.unreadable");
    }
    if (startsWith(d, 12, 'V', 'P', '8', 'X')) {
      // Extended format: canvas width-1 and height-1 as 24-bit little-endian.
      return new Inspected(ImageType.WEBP, u24le(d, 24) + 1, u24le(d, 27) + 1);
    }
    if (startsWith(d, 12, 'V', 'P', '8', 'L')) {
      // Lossless: signature 0x2F, then 14 bits width-1 and 14 bits height-1, little-endian.
      if ((d[20] & 0xFF) != 0x2F) {
        throw new PhotoRefused(400, "photo.unreadable");
      }
      int bits = (d[21] & 0xFF) | (d[22] & 0xFF) << 8 | (d[23] & 0xFF) << 16 | (d[24] & 0xFF) << 24;
      return new Inspected(ImageType.WEBP, (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
    }
    if (startsWith(d, 12, 'V', 'P', '8', ' ')) {
      // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
      if (!startsWith(d, 23, 0x9D, 0x01, 0x2A)) {
        throw new PhotoRefused(400, "photo.unreadable");
      }
      return new Inspected(ImageType.WEBP, u16le(d, 26) & 0x3FFF, u16le(d, 28) & 0x3FFF);
    }
    throw new PhotoRefused(400, "photo.unreadable");
  }

  private static boolean startsWith(byte[] d, int offset, int... expected) {
    if (d.length < offset + expected.length) {
      return false;
    }
    for (int k = 0; k < expected.length; k++) {
      if ((d[offset + k] & 0xFF) != expected[k]) {
        return false;
      }
    }
    return true;
  }

  private static int clamp(long value) {
    return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
  }

  private static long u32be(byte[] d, int i) {
    return ((long) (d[i] & 0xFF) << 24) | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
  }

  private static int u16be(byte[] d, int i) {
    return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
  }

  private static int u16le(byte[] d, int i) {
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8;
  }

  private static int u24le(byte[] d, int i) {
    return (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16;
  }
}
