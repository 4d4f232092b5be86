package org.copydesk.story;

import java.text.Normalizer;
import java.util.Locale;

/** URL names for stories, made from the first headline: lower case ASCII words joined by hyphens. */
public final class Slugs {

  static final int MAX = 80;

  private Slugs() {}

  public static String of(String headline) {
    String ascii =
        Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX);
      int cut = slug.lastIndexOf('-');
      slug = cut > MAX / 2 ? slug.substring(0, cut) : slug;
    }
    return slug.isEmpty() ? "story" : slug;
  }
}
