package org.copydesk.ingest.export;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.copydesk.credit.Contributor;
import org.copydesk.credit.ContributorRole;
import org.copydesk.credit.CreditLine;
import org.copydesk.credit.CreditParser;
import org.copydesk.credit.PhotoCredit;
import org.copydesk.credit.WireService;
import org.copydesk.credit.WireServiceKind;

/** The credit strings both writers print, worked out once so the two formats cannot disagree. */
final class ExportCredits {

  private static final CreditParser PARSER = new CreditParser();

  private ExportCredits() {}

  /**
   * The byline as printed, one entry per line: the raw byline when the desk kept one, else the
   * byline and "Additional reporting by" line rendered by {@link CreditLine}, so an export reads
   * exactly like the paper's own page. "Distributed by" is left out: the distributor travels as an
   * info source, and with that line in it the importer cannot read the byline at all.
   */
  static List<String> bylineLines(ExportItem item) {
    if (item.bylineRaw() != null) {
      return item.bylineRaw().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
    List<String> wires = wires(item);
    Map<Long, WireService> byId = new HashMap<>();
    for (int i = 0; i < wires.size(); i++) {
      // Only the name matters to the rendering; no credit format is known here, so none is used.
      byId.put((long) i + 1, new WireService(wires.get(i), null, WireServiceKind.NEWS_AGENCY, null, null));
    }
    List<Contributor> contributors =
        item.contributors().stream()
            .map(c -> new Contributor(c.name(), c.role(), c.isStaff() ? null : (long) wires.indexOf(c.wireName()) + 1))
            .toList();
    CreditLine line = new CreditLine(byId::get);
    return Stream.of(line.byline(contributors), line.additionalReporting(contributors)).filter(l -> !l.isEmpty()).toList();
  }

  /** The wire services named by the credits, each once, in order of first appearance. */
  static List<String> wires(ExportItem item) {
    Set<String> wires = new LinkedHashSet<>();
    item.contributors().stream().map(ExportItem.Credit::wireName).filter(Objects::nonNull).forEach(wires::add);
    return List.copyOf(wires);
  }

  static List<ExportItem.Credit> withRole(ExportItem item, ContributorRole role) {
    return item.contributors().stream().filter(c -> c.role() == role).toList();
  }

  /**
   * The story's credit line: the originating wires, or the copyright holder when staff wrote it,
   * and the distributor after "via", the wire idiom for passing copy on ("DHA via AP").
   */
  static String storyCreditLine(ExportItem item) {
    List<String> wires = wires(item);
    String origin = wires.isEmpty() ? item.copyrightHolder() : CreditLine.joinNames(wires);
    return item.distributor() == null || wires.contains(item.distributor()) ? origin : origin + " via " + item.distributor();
  }

  /**
   * The photo credit as one string, or {@code null} when there is none. The wire's raw string is
   * kept when it reads back as the same parts; when the desk corrected the parts by hand (the raw
   * string was unreadable, or read wrongly), the parts are written instead, because the corrected
   * credit is the one the agency is owed and the importer reads only the string.
   */
  static String photoCredit(PhotoCredit credit) {
    if (credit == null) {
      return null;
    }
    String parts =
        Stream.of(credit.getPhotographer(), credit.getAgency(), credit.getDistributor())
            .filter(Objects::nonNull)
            .collect(Collectors.joining("/"));
    String raw = credit.getRaw();
    if (raw != null && (parts.isEmpty() || sameParts(PARSER.parsePhotoCredit(raw), credit))) {
      return raw;
    }
    return parts.isEmpty() ? null : parts;
  }

  private static boolean sameParts(PhotoCredit a, PhotoCredit b) {
    return Objects.equals(a.getPhotographer(), b.getPhotographer())
        && Objects.equals(a.getAgency(), b.getAgency())
        && Objects.equals(a.getDistributor(), b.getDistributor());
  }
}
