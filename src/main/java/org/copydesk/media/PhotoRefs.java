package org.copydesk.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision's photo reference is either an absolute address (wire pictures) or the name of an
 * uploaded photo: its SHA-256 and extension, served under {@code /media/}. Anything else (a
 * free-text reference typed by hand) names no picture the newsroom holds.
 */
public final class PhotoRefs {

  private static final Pattern UPLOADED = Pattern.compile("([0-9a-f]{64})\\.(jpg|png|webp)");

  private PhotoRefs() {}

  static String of(String sha256, ImageType type) {
    return sha256 + "." + type.extension();
  }

  /** The content hash when the reference names an uploaded photo. */
  public static Optional<String> uploaded(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    Matcher m = UPLOADED.matcher(ref);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  public static boolean isUploaded(String ref) {
    return uploaded(ref).isPresent();
  }
}
