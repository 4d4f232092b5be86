package org.copydesk.credit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a story's credits as a paper prints them: the byline ("By A, B and C, Bloomberg News"),
 * a trailing "Additional reporting by ..." line and "Distributed by ...".
 *
 * <p>Writers who share an affiliation are credited together, in the order their group first
 * appears: a reader should see each wire service once, even if the desk listed its writers apart.
 * Photographers never appear here; their credit is the photo credit.
 *
 * <p>A wire service's own credit format wins when the whole byline is that service's ("By {writers},
 * The Associated Press"), because that wording is what the contract asks for. An affiliation that
 * names a wire service this newsroom does not know is an error rather than a silently shorter
 * byline: a missing credit is what wire services bill for.
 */
public final class CreditLine {

  private static final String WRITERS = "{writers}";
  private static final Pattern AFFILIATION_IN_FORMAT =
      Pattern.compile("^(?:By\\s+)?\\{writers\\},\\s*(.+)$", Pattern.CASE_INSENSITIVE);

  private final Function<Long, WireService> wireServices;

  /** @param wireServices finds a wire service by id, returning {@code null} for an unknown id */
  public CreditLine(Function<Long, WireService> wireServices) {
    this.wireServices = Objects.requireNonNull(wireServices, "wireServices");
  }

  /** "A", "A and B", "A, B and C" (no serial comma, as in most newspaper styles). */
  public static String joinNames(List<String> names) {
    int n = names.size();
    return switch (n) {
      case 0 -> "";
      case 1 -> names.get(0);
      default -> String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
    };
  }

  /** The byline of the writers among {@code contributors}, or "" when there are none. */
  public String byline(List<Contributor> contributors) {
    List<Group> groups = groupWriters(contributors);
    if (groups.isEmpty()) {
      return "";
    }
    if (groups.size() == 1) {
      Group only = groups.get(0);
      Optional<String> format = only.creditFormat();
      if (format.isPresent()) {
        return format.get().replace(WRITERS, joinNames(only.names));
      }
      return "By " + only.render();
    }
    List<String> parts = groups.stream().map(Group::render).toList();
    // Each part already holds a comma ("A, Reuters"), so three or more parts need semicolons to stay
    // readable; two read fine with ", and".
    String separator = parts.size() > 2 ? "; " : ", ";
    return "By "
        + String.join(separator, parts.subList(0, parts.size() - 1))
        + separator
        + "and "
        + parts.get(parts.size() - 1);
  }

  /** "Additional reporting by X and Y", or "" when nobody did additional reporting. */
  public String additionalReporting(List<Contributor> contributors) {
    List<String> names =
        contributors.stream()
            .filter(c -> c.getRole() == ContributorRole.ADDITIONAL_REPORTING)
            .map(Contributor::getName)
            .map(String::strip)
            .distinct()
            .toList();
    return names.isEmpty() ? "" : "Additional reporting by " + joinNames(names);
  }

  /** "Distributed by Tribune News Service", or "" without a distributor. */
  public String distributedBy(Long distributorId) {
    if (distributorId == null) {
      return "";
    }
    return "Distributed by " + wireService(distributorId).getName();
  }

  /** The byline, additional reporting and distributor lines that apply, in print order. */
  public List<String> lines(List<Contributor> contributors, Long distributorId) {
    List<String> lines = new ArrayList<>(3);
    for (String line : List.of(byline(contributors), additionalReporting(contributors), distributedBy(distributorId))) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return List.copyOf(lines);
  }

  private List<Group> groupWriters(List<Contributor> contributors) {
    Map<Optional<Long>, Group> groups = new LinkedHashMap<>();
    for (Contributor c : contributors) {
      if (c.getRole() != ContributorRole.WRITER) {
        continue;
      }
      Optional<Long> key = Optional.ofNullable(c.getWireServiceId());
      Group group =
          groups.computeIfAbsent(key, k -> new Group(k.map(this::wireService).orElse(null)));
      String name = c.getName().strip();
      if (!group.names.contains(name)) {
        group.names.add(name);
      }
    }
    return List.copyOf(groups.values());
  }

  private WireService wireService(Long id) {
    WireService wire = wireServices.apply(id);
    if (wire == null) {
      throw new IllegalArgumentException("No wire service with id " + id + " to credit");
    }
    return wire;
  }

  /** Writers with one affiliation; a {@code null} wire means staff of this newsroom. */
  private static final class Group {
    final WireService wire;
    final List<String> names = new ArrayList<>();

    Group(WireService wire) {
      this.wire = wire;
    }

    Optional<String> creditFormat() {
      return Optional.ofNullable(wire)
          .map(WireService::getCreditFormat)
          .filter(f -> f.contains(WRITERS));
    }

    String affiliation() {
      if (wire == null) {
        return names.size() == 1 ? "Staff writer" : "Staff writers";
      }
      // "By {writers}, The Associated Press" names the service as it wants to be credited, which
      // may differ from its record name ("Associated Press").
      return creditFormat()
          .map(AFFILIATION_IN_FORMAT::matcher)
          .filter(Matcher::matches)
          .map(m -> m.group(1).strip())
          .orElse(wire.getName());
    }

    String render() {
      return joinNames(names) + ", " + affiliation();
    }
  }
}
