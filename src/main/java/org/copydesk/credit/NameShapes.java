package org.copydesk.credit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a person's name from an organisation's in a credit. The rules are deliberately narrow: a
 * person is two to five capitalised words; an organisation is a known name, an acronym, a name
 * with a word such as "News" or "Images", or one that starts with "The". Whatever is neither is
 * left for a human, which is why callers treat "neither" as an unknown shape.
 */
final class NameShapes {

  /** Wire services and photo agencies common enough that a credit may name them bare. */
  static final Set<String> WELL_KNOWN_ORGANISATIONS =
      Set.of(
          "ap", "associated press", "the associated press", "afp", "agence france-presse",
          "agence france presse", "reuters", "bloomberg", "bloomberg news", "getty images", "tns",
          "tribune news service", "epa", "epa-efe", "efe", "dpa", "ansa", "kyodo", "kyodo news",
          "xinhua", "pa", "pa images", "pa media", "upi", "ntb", "tt", "ritzau", "sipa", "sipa usa",
          "shutterstock", "alamy", "redux", "polaris", "zuma", "zuma press", "zuma wire",
          "nurphoto", "anadolu", "anadolu agency", "al jazeera", "pool", "handout", "cnn", "bbc");

  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "news", "press", "presse", "service", "services", "agency", "agence", "agencia",
          "images", "image", "photos", "pictures", "wire", "wires", "media", "times", "post",
          "tribune", "herald", "journal", "gazette", "telegraph", "guardian", "chronicle", "daily",
          "weekly", "newspaper", "newspapers", "magazine", "network", "broadcasting", "radio",
          "television", "tv", "group", "inc", "inc.", "ltd", "ltd.", "llc", "llp", "corp",
          "corp.", "company", "foundation", "institute", "university", "museum", "archive",
          "archives", "library", "pool", "handout", "staff", "writer", "writers", "reporter",
          "reporters", "correspondent", "correspondents", "editor", "columnist", "bureau", "desk",
          "syndicate", "syndication", "foto", "fotos", "bild", "bilder");

  /** Lower-case particles that may sit inside a personal name ("Ludwig van Beethoven"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "du",
          "la", "le", "bin", "ibn", "al", "el", "y", "ter", "ten", "zu", "af", "av");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&-]{1,7}");
  // A capitalised word, an initial ("J."), a prefixed surname ("d'Emilio", "O'Neil", "al-Sadr",
  // "McKay") or a generational suffix; letters of any script, with apostrophes and hyphens.
  private static final Pattern NAME_WORD =
      Pattern.compile("(?:\\p{Ll}{1,3}['’-])?\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|Jr\\.?|Sr\\.?|II|III|IV");
  private static final Pattern STAFF =
      Pattern.compile("(?i)staff(?:\\s+(?:writers?|reporters?|report|photographers?))?");

  private final Set<String> organisations;

  NameShapes(Collection<String> extraOrganisations) {
    Set<String> all = new HashSet<>(WELL_KNOWN_ORGANISATIONS);
    for (String o : extraOrganisations) {
      if (o != null && !o.isBlank()) {
        all.add(key(o));
      }
    }
    this.organisations = Set.copyOf(all);
  }

  static String key(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static boolean isStaffAffiliation(String s) {
    return STAFF.matcher(s.strip()).matches();
  }

  boolean isKnownOrganisation(String s) {
    return organisations.contains(key(s));
  }

  /** Known, an acronym, a word typical of organisations, or "The ...". */
  boolean looksLikeOrganisation(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (isKnownOrganisation(t) || ACRONYM.matcher(t).matches()) {
      return true;
    }
    String[] words = t.split("\\s+");
    if (words[0].equalsIgnoreCase("the")) {
      return true;
    }
    for (String w : words) {
      if (ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Organisation-like by vocabulary alone, for places where a bare word would be a guess. */
  boolean namesAnOrganisationOutright(String s) {
    String t = s.strip();
    if (isKnownOrganisation(t)) {
      return true;
    }
    for (String w : t.split("\\s+")) {
      if (ORGANISATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Two to five name-like words, first one capitalised, and nothing organisation-like. */
  boolean looksLikePersonName(String s) {
    String t = s.strip().replaceFirst(",\\s*((?:Jr|Sr)\\.?|II|III|IV)$", " $1");
    if (t.isEmpty() || t.length() > 100 || looksLikeOrganisation(t)) {
      return false;
    }
    String[] words = t.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    if (!NAME_WORD.matcher(words[0]).matches()) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() && !NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Short enough and plain enough to be a credit part at all (no links, handles or sentences). */
  static boolean isPlausiblePart(String s) {
    String t = s.strip();
    return !t.isEmpty()
        && t.length() <= 100
        && t.split("\\s+").length <= 8
        && !t.contains("@")
        && !t.contains("://")
        && !t.contains("(")
        && !t.contains(")")
        && !t.contains(";")
        && !t.contains(":");
  }
}
