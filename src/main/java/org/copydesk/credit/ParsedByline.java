package org.copydesk.credit;

import java.util.List;

/**
 * A byline as a wire sent it, and what {@link CreditParser} could read from it. The raw string is
 * always kept; when its shape was not recognised the parts are empty, so the desk sees the raw
 * string and credits by hand rather than publishing a wrong guess.
 *
 * @param raw the byline as received, or {@code null} when none was sent
 * @param names the writers in byline order, each with the affiliation printed after them
 * @param affiliation the affiliation of the whole byline: shared by every name, or the only thing
 *     the byline says ("NTB"); {@code null} when absent or when the names have different ones
 * @param additionalReporting names from an "Additional reporting by ..." line
 */
public record ParsedByline(String raw, List<Name> names, String affiliation, List<String> additionalReporting) {

  /** One writer and the affiliation printed after them ({@code null} if none). */
  public record Name(String name, String affiliation) {}

  public ParsedByline {
    names = names == null ? List.of() : List.copyOf(names);
    additionalReporting = additionalReporting == null ? List.of() : List.copyOf(additionalReporting);
  }

  /** A byline whose shape was not recognised, or that was not sent at all. */
  public static ParsedByline unrecognised(String raw) {
    return new ParsedByline(raw, List.of(), null, List.of());
  }

  /** A byline built from structured metadata (such as NewsML-G2 creators) rather than a string. */
  public static ParsedByline ofNames(List<String> names) {
    return new ParsedByline(null, names.stream().map(n -> new Name(n, null)).toList(), null, List.of());
  }

  public List<String> writerNames() {
    return names.stream().map(Name::name).toList();
  }

  /** Whether anything was read from the byline: a name or at least an affiliation. */
  public boolean isRecognised() {
    return !names.isEmpty() || affiliation != null || !additionalReporting.isEmpty();
  }

  /** Whether the affiliation says the writers are this newsroom's own ("Staff writer"). */
  public boolean isStaff() {
    return affiliation != null && NameShapes.isStaffAffiliation(affiliation);
  }
}
