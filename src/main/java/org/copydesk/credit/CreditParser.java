package org.copydesk.credit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the credit strings wires send, bylines and photo credits, into their parts, always keeping
 * the raw string.
 *
 * <p>The parser prefers saying "I don't know" to guessing: a string whose shape it does not
 * recognise comes back with the raw string and empty parts, and the desk credits it by hand. A
 * wrong credit that looks right is worse than an obviously missing one, because nobody checks it.
 *
 * <p>Bylines follow English list grammar: names are joined "A, B and C" and the affiliation follows
 * the list ("By A and B, Bloomberg News"), or each group of names carries its own ("By A, Bloomberg
 * News, and B, Reuters"). Photo credits are slash-separated, photographer first
 * ("Photographer/Agency Desk/Distributor"), except where the agency comes first in its own house
 * style ("AP Photo/Jane Doe", "REUTERS/Jane Doe").
 */
public final class CreditParser {

  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(?:(?:words|text|story|written|reported|reporting)\\s+)?by\\b\\s*:?\\s*");
  private static final Pattern ADDITIONAL_REPORTING =
      Pattern.compile("(?i)^(?:with\\s+)?additional\\s+reporting(?:\\s+by)?\\s*:?\\s*(.+?)\\.?$");
  private static final Pattern AND = Pattern.compile("(?i)\\s+(?:and|&)\\s+");
  private static final Pattern LEADING_AND = Pattern.compile("(?i)^(?:and|&)\\s+");
  private static final Pattern GENERATIONAL_SUFFIX = Pattern.compile("(?i)(?:jr|sr)\\.?|ii|iii|iv");
  private static final Pattern NAME_OF_ORGANISATION = Pattern.compile("^(.+?)\\s+of\\s+(.+)$");
  private static final Set<String> CONNECTIVES = Set.of("of", "and", "the", "for", "de", "&");
  private static final Pattern IN_PLACE = Pattern.compile("^(.+?)\\s+in\\s+\\p{Lu}.*$");

  private static final Pattern COPYRIGHT_PREFIX =
      Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s+)?");
  private static final Pattern COURTESY =
      Pattern.compile("(?i)^(?:(?:photos?|images?|pictures?)\\s+)?courtesy(?:\\s+of)?\\s+(.+)$");
  private static final Pattern PHOTO_PREFIX =
      Pattern.compile(
          "(?i)^(?:staff\\s+)?(?:photo(?:graph)?s?\\b(?:\\s+by\\b|\\s*:)?|(?:pictures?|images?|foto)(?:\\s+by\\b|\\s*:))\\s*");
  private static final Pattern TRAILING_FLAG = Pattern.compile("(?i),\\s*(?:file(?:\\s+photo)?|pool)$");
  private static final Pattern FLAG_SEGMENT = Pattern.compile("(?i)file(?:\\s+photo)?|archives?");
  private static final Pattern VIA = Pattern.compile("(?i)\\s+via\\s+");
  private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern AGENCY_PHOTO = Pattern.compile("(?i)^(.+?)\\s+photos?$");
  private static final Pattern FOR = Pattern.compile("^(.+?)\\s+for\\s+(.+)$");

  private final NameShapes shapes;

  /** A parser that knows the well-known wire services and photo agencies by name. */
  public CreditParser() {
    this(List.of());
  }

  /** A parser that also knows these organisations, so a bare "Harbourton Courier" is not a person. */
  public CreditParser(Collection<String> knownOrganisations) {
    this.shapes = new NameShapes(knownOrganisations);
  }

  /** A parser that knows this newsroom's wire services by name and short name. */
  public static CreditParser forWireServices(Collection<WireService> wireServices) {
    return new CreditParser(
        wireServices.stream()
            .flatMap(w -> Stream.of(w.getName(), w.getShortName()))
            .filter(Objects::nonNull)
            .toList());
  }

  // ---------------------------------------------------------------- bylines

  /** Names and affiliations of a byline such as "By X, Y and Z, Bloomberg News". */
  public ParsedByline parseByline(String raw) {
    if (raw == null || raw.isBlank()) {
      return ParsedByline.unrecognised(null);
    }
    String kept = raw.strip();
    List<String> mainLines = new ArrayList<>();
    List<String> additional = new ArrayList<>();
    for (String line : kept.split("\\R")) {
      String l = collapse(line);
      if (l.isEmpty()) {
        continue;
      }
      Matcher m = ADDITIONAL_REPORTING.matcher(l);
      if (m.matches()) {
        List<String> names = additionalReportingNames(m.group(1));
        if (names.isEmpty()) {
          return ParsedByline.unrecognised(kept);
        }
        additional.addAll(names);
      } else {
        mainLines.add(l);
      }
    }
    if (mainLines.isEmpty()) {
      return new ParsedByline(kept, List.of(), null, additional);
    }
    String text = BY_PREFIX.matcher(String.join(", ", mainLines)).replaceFirst("");
    Optional<List<ParsedByline.Name>> names = bylineNames(text);
    if (names.isEmpty()) {
      return ParsedByline.unrecognised(kept);
    }
    List<ParsedByline.Name> list = names.get();
    return new ParsedByline(kept, onlyNames(list), commonAffiliation(list), additional);
  }

  private List<String> additionalReportingNames(String text) {
    List<String> names = new ArrayList<>();
    for (String candidate : splitNameList(text)) {
      // "Additional reporting by Jane Doe in Paris": the place is not part of the credit.
      Matcher place = IN_PLACE.matcher(candidate);
      String name = place.matches() && shapes.looksLikePersonName(place.group(1)) ? place.group(1) : candidate;
      if (!shapes.looksLikePersonName(name)) {
        return List.of();
      }
      names.add(name);
    }
    return names;
  }

  /** "A, B and C" or "A, B, and C" into its names; the caller checks that each is a name. */
  private List<String> splitNameList(String text) {
    List<String> names = new ArrayList<>();
    for (String segment : splitCommas(text)) {
      String s = LEADING_AND.matcher(segment).replaceFirst("");
      for (String part : AND.split(s)) {
        if (!part.isBlank()) {
          names.add(part.strip());
        }
      }
    }
    return names;
  }

  /**
   * The byline as names, each with its affiliation; a byline that names only an organisation comes
   * back as a single entry with a {@code null} name. Empty when the shape is not recognised.
   */
  private Optional<List<ParsedByline.Name>> bylineNames(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.contains(";")) {
      // "A, Bloomberg News; B, Reuters; and C, Staff writer": groups that each carry a comma.
      List<ParsedByline.Name> all = new ArrayList<>();
      for (String group : t.split(";")) {
        Optional<List<ParsedByline.Name>> names = bylineNames(LEADING_AND.matcher(group.strip()).replaceFirst(""));
        if (names.isEmpty() || names.get().stream().anyMatch(n -> n.name() == null)) {
          return Optional.empty();
        }
        all.addAll(names.get());
      }
      return Optional.of(all);
    }
    // "Karl Melander/TT", "Jane Doe | Bloomberg": one separator, names before it, affiliation after.
    int separators = countSeparators(t);
    if (separators > 1) {
      return Optional.empty();
    }
    if (separators == 1) {
      String[] sides = t.split("\\s*[|/]\\s*", 2);
      String affiliation = sides[1].strip();
      List<String> names = splitNameList(sides[0]);
      if (names.isEmpty() || !NameShapes.isPlausiblePart(affiliation)) {
        return Optional.empty();
      }
      List<ParsedByline.Name> out = new ArrayList<>();
      for (String n : names) {
        if (!shapes.looksLikePersonName(n)) {
          return Optional.empty();
        }
        out.add(new ParsedByline.Name(n, affiliation));
      }
      return Optional.of(out);
    }

    List<String> segments = splitCommas(t);
    List<ParsedByline.Name> out = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    boolean listClosed = false;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      boolean leadingAnd = LEADING_AND.matcher(segment).find();
      String s = LEADING_AND.matcher(segment).replaceFirst("").strip();
      List<String> parts = List.of(AND.split(s));

      if (parts.size() > 1 || leadingAnd) {
        if (listClosed && !pending.isEmpty()) {
          return Optional.empty(); // "A and B, C and D": two lists with no affiliation between
        }
        for (String p : parts) {
          addName(p, pending, out);
        }
        listClosed = !pending.isEmpty(); // empty if the last name carried "of Reuters"
      } else if (pending.isEmpty()) {
        if (segments.size() == 1 && !shapes.looksLikePersonName(s) && isBareOrganisation(s)) {
          out.add(new ParsedByline.Name(null, s)); // "NTB": an agency byline, no person named
        } else {
          addName(s, pending, out);
          listClosed = false;
        }
      } else if (listClosed || !shapes.looksLikePersonName(s)) {
        flush(pending, s, out);
        listClosed = false;
      } else if (listClosesLater(segments, i)) {
        addName(s, pending, out);
      } else {
        // "Jane Doe, John Roe": a second person where an affiliation belongs; too ambiguous to read.
        return Optional.empty();
      }
    }
    flush(pending, null, out);
    return valid(out) ? Optional.of(out) : Optional.empty();
  }

  private static int countSeparators(String t) {
    int n = 0;
    for (char c : t.toCharArray()) {
      if (c == '|' || c == '/') {
        n++;
      }
    }
    return n;
  }

  /** Adds a name; "Jane Doe of The Washington Post" closes its group at once. */
  private void addName(String candidate, List<String> pending, List<ParsedByline.Name> out) {
    Matcher of = NAME_OF_ORGANISATION.matcher(candidate);
    if (of.matches() && shapes.looksLikePersonName(of.group(1)) && shapes.looksLikeOrganisation(of.group(2))) {
      pending.add(of.group(1).strip());
      flush(pending, of.group(2).strip(), out);
      return;
    }
    pending.add(candidate.strip());
  }

  private static void flush(List<String> pending, String affiliation, List<ParsedByline.Name> out) {
    for (String name : pending) {
      out.add(new ParsedByline.Name(name, affiliation));
    }
    pending.clear();
  }

  /** Whether a later segment ends the open name list ("and C"), before any affiliation. */
  private boolean listClosesLater(List<String> segments, int from) {
    for (int j = from + 1; j < segments.size(); j++) {
      String s = segments.get(j);
      if (LEADING_AND.matcher(s).find() || AND.split(s).length > 1) {
        return true;
      }
      if (!shapes.looksLikePersonName(s)) {
        return false;
      }
    }
    return false;
  }

  /**
   * A byline that is only an organisation: a known one, one word ("NTB", "Insidefoto": bylines give
   * people's full names), or a few capitalised words ("Harbourton Courier"). Longer prose such as
   * "Compiled from agency reports" is not read as an organisation.
   */
  private boolean isBareOrganisation(String s) {
    if (!NameShapes.isPlausiblePart(s)) {
      return false;
    }
    if (shapes.isKnownOrganisation(s) || !s.contains(" ")) {
      return true;
    }
    String[] words = s.split("\\s+");
    if (words.length > 4 || !shapes.looksLikeOrganisation(s)) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.codePointAt(0)) && !CONNECTIVES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private boolean valid(List<ParsedByline.Name> names) {
    if (names.isEmpty()) {
      return false;
    }
    for (ParsedByline.Name n : names) {
      if (n.name() != null && !shapes.looksLikePersonName(n.name())) {
        return false;
      }
      if (n.affiliation() != null && !NameShapes.isPlausiblePart(n.affiliation())) {
        return false;
      }
    }
    return true;
  }

  private static List<ParsedByline.Name> onlyNames(List<ParsedByline.Name> names) {
    return names.stream().filter(n -> n.name() != null).toList();
  }

  private static String commonAffiliation(List<ParsedByline.Name> names) {
    List<String> affiliations = names.stream().map(ParsedByline.Name::affiliation).distinct().toList();
    return affiliations.size() == 1 ? affiliations.get(0) : null;
  }

  /** Splits on commas, keeping "Jr."-style suffixes with the name before them. */
  private static List<String> splitCommas(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split(",")) {
      String s = raw.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && GENERATIONAL_SUFFIX.matcher(s).matches()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + s);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- photo credits

  /**
   * Photographer, agency and distributor of a photo credit such as "(Omar Havana/Getty Images
   * Europe/TNS)", "Photo by X/Getty Images", "X / AP", "AP Photo/X", "DHA via AP" or "Courtesy of
   * X" (the supplier goes in the agency part). The raw string is kept as received.
   */
  public PhotoCredit parsePhotoCredit(String raw) {
    if (raw == null || raw.isBlank()) {
      return new PhotoCredit(null, null, null, null);
    }
    String[] parts = photoCreditParts(raw);
    return parts == null
        ? new PhotoCredit(null, null, null, raw)
        : new PhotoCredit(parts[0], parts[1], parts[2], raw);
  }

  /** {photographer, agency, distributor}, or {@code null} when the shape is not recognised. */
  private String[] photoCreditParts(String raw) {
    String s = unwrapParentheses(collapse(raw));
    s = COPYRIGHT_PREFIX.matcher(s).replaceFirst("").strip();
    s = TRAILING_FLAG.matcher(s).replaceFirst("").strip();

    Matcher courtesy = COURTESY.matcher(s);
    if (courtesy.matches()) {
      String supplier = courtesy.group(1).strip();
      // The supplier may be anyone ("the Smith family"), so only its length and plainness are checked.
      return NameShapes.isPlausiblePart(supplier) && !supplier.contains("/") ? new String[] {null, supplier, null} : null;
    }
    s = PHOTO_PREFIX.matcher(s).replaceFirst("").strip();

    String distributor = null;
    String[] via = VIA.split(s);
    if (via.length > 2) {
      return null;
    }
    if (via.length == 2) {
      s = via[0].strip();
      distributor = via[1].strip();
    }
    List<String> segments = new ArrayList<>();
    for (String seg : SLASH.split(s, -1)) {
      String t = TRAILING_FLAG.matcher(seg.strip()).replaceFirst("").strip();
      if (t.isEmpty()) {
        return null; // "X//Y" or a dangling slash: not a credit we can read
      }
      if (!FLAG_SEGMENT.matcher(t).matches()) {
        segments.add(t);
      }
    }
    return switch (segments.size()) {
      case 1 -> oneSegment(segments.get(0), distributor);
      case 2 -> twoSegments(segments.get(0), segments.get(1), distributor);
      case 3 -> distributor != null ? null : threeSegments(segments.get(0), segments.get(1), segments.get(2));
      default -> null;
    };
  }

  private String[] oneSegment(String s, String distributor) {
    Optional<String> agencyFirst = agencyOfHouseStyle(s);
    if (agencyFirst.isPresent()) {
      return checked(null, agencyFirst.get(), distributor);
    }
    Matcher forOrg = FOR.matcher(s);
    if (forOrg.matches() && shapes.looksLikePersonName(forOrg.group(1))) {
      return checked(forOrg.group(1), forOrg.group(2), distributor); // "Jane Doe for The Times"
    }
    if (shapes.looksLikePersonName(s)) {
      return checked(s, null, distributor);
    }
    if (shapes.looksLikeOrganisation(s) || !s.contains(" ")) {
      return checked(null, s, distributor);
    }
    return null;
  }

  private String[] twoSegments(String a, String b, String distributor) {
    Optional<String> agencyFirst = agencyOfHouseStyle(a);
    if (agencyFirst.isPresent()) {
      return checked(b, agencyFirst.get(), distributor); // "AP Photo/Jane Doe"
    }
    boolean aIsOrganisation = shapes.looksLikeOrganisation(a) && !shapes.looksLikePersonName(a);
    if (aIsOrganisation && shapes.looksLikePersonName(b)) {
      return checked(b, a, distributor); // "REUTERS/Jane Doe"
    }
    if (aIsOrganisation && shapes.looksLikeOrganisation(b)) {
      return distributor == null ? checked(null, a, b) : null; // "Getty Images/TNS"
    }
    Matcher forOrg = FOR.matcher(a);
    if (forOrg.matches() && shapes.looksLikePersonName(forOrg.group(1))) {
      return distributor == null ? checked(forOrg.group(1), forOrg.group(2), b) : null;
    }
    return checked(a, b, distributor);
  }

  private String[] threeSegments(String a, String b, String c) {
    Optional<String> agencyFirst = agencyOfHouseStyle(a);
    if (agencyFirst.isPresent()) {
      return checked(b, agencyFirst.get(), c);
    }
    return checked(a, b, c);
  }

  /** "AP Photo" or "AFP PHOTO": the agency's own style, agency first. */
  private Optional<String> agencyOfHouseStyle(String segment) {
    Matcher m = AGENCY_PHOTO.matcher(segment);
    if (m.matches() && shapes.looksLikeOrganisation(m.group(1))) {
      return Optional.of(m.group(1).strip());
    }
    return Optional.empty();
  }

  /**
   * The parts if each reads as a name (capitalised or a known organisation, no commas, a few words)
   * and the photographer is not an organisation; else null.
   */
  private String[] checked(String photographer, String agency, String distributor) {
    for (String part : new String[] {photographer, agency, distributor}) {
      if (part != null && !isPhotoCreditPart(part)) {
        return null;
      }
    }
    if (photographer != null && shapes.looksLikeOrganisation(photographer)) {
      return null;
    }
    return new String[] {photographer, agency, distributor};
  }

  private boolean isPhotoCreditPart(String part) {
    return NameShapes.isPlausiblePart(part)
        && !part.contains(",")
        && part.split("\\s+").length <= 6
        && (Character.isUpperCase(part.codePointAt(0))
            || Character.isDigit(part.codePointAt(0))
            || shapes.isKnownOrganisation(part));
  }

  /**
   * The photo credit that ends a caption, without its parentheses: "... in Rome. (Photo by X/Getty
   * Images)" gives "Photo by X/Getty Images". Only credit-shaped endings count, so "(Italy)" does
   * not; a closing parenthesis whose opening one is missing, as some wires send, still counts when
   * the last line reads as a credit.
   */
  public Optional<String> creditAtEndOfCaption(String caption) {
    if (caption == null) {
      return Optional.empty();
    }
    String t = caption.strip();
    if (!t.endsWith(")")) {
      return Optional.empty();
    }
    int open = matchingOpen(t);
    String group;
    if (open >= 0) {
      group = t.substring(open + 1, t.length() - 1);
    } else {
      int lineStart = Math.max(t.lastIndexOf('\n'), t.lastIndexOf('\r')) + 1;
      group = t.substring(lineStart, t.length() - 1);
    }
    group = collapse(group);
    return looksLikeCredit(group) ? Optional.of(group) : Optional.empty();
  }

  private static int matchingOpen(String t) {
    int depth = 0;
    for (int i = t.length() - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private boolean looksLikeCredit(String group) {
    if (group.isEmpty() || group.length() > 200 || photoCreditParts(group) == null) {
      return false;
    }
    String lower = group.toLowerCase(Locale.ROOT);
    return group.contains("/")
        || VIA.matcher(group).find()
        || PHOTO_PREFIX.matcher(group).lookingAt()
        || lower.startsWith("courtesy")
        || agencyOfHouseStyle(TRAILING_FLAG.matcher(group).replaceFirst("")).isPresent()
        || shapes.namesAnOrganisationOutright(TRAILING_FLAG.matcher(group).replaceFirst(""));
  }

  // ---------------------------------------------------------------- shared

  private static String collapse(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** "(X/Y)" to "X/Y"; also drops a lone opening or closing parenthesis left at either end. */
  private static String unwrapParentheses(String s) {
    String t = s;
    if (t.startsWith("(") && t.endsWith(")") && matchingOpen(t) == 0) {
      t = t.substring(1, t.length() - 1).strip();
    }
    if (t.endsWith(")") && t.indexOf('(') < 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.startsWith("(") && t.indexOf(')') < 0) {
      t = t.substring(1).strip();
    }
    return t;
  }
}
