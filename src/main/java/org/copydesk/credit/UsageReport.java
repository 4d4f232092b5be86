package org.copydesk.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.security.Role;

/**
 * What the newsroom owes each wire service: per service and period, the stories published with its
 * credit (a contributor from it, or it as distributor) and the photos whose credit names it.
 * Corrections do not count twice: a story counts once, in the period it was first published.
 */
@Stateless
public class UsageReport {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private WireServiceDirectory directory;

  /** One line of the report (a class: Jakarta EE 10's EL reads no records). */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long wireServiceId;
    private final String name;
    private final int stories;
    private final int photos;

    Line(long wireServiceId, String name, int stories, int photos) {
      this.wireServiceId = wireServiceId;
      this.name = name;
      this.stories = stories;
      this.photos = photos;
    }

    public long getWireServiceId() {
      return wireServiceId;
    }

    public String getName() {
      return name;
    }

    public int getStories() {
      return stories;
    }

    public int getPhotos() {
      return photos;
    }
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<Line> between(OffsetDateTime from, OffsetDateTime to) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("usage.period.invalid");
    }
    List<WireService> wires = directory.all();
    Map<Long, int[]> counts = new LinkedHashMap<>();
    wires.forEach(w -> counts.put(w.getId(), new int[2]));
    List<Object[]> published = em.createQuery(
            "select r.id, r.distributorId, r.photoRef, r.photoCredit from Story s join s.publishedRevision r"
                + " where s.publishedAt >= :from and s.publishedAt < :to",
            Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
    for (Object[] row : published) {
      List<Long> credited = new ArrayList<>(em.createQuery(
              "select distinct c.wireServiceId from Revision r join r.contributors c where r.id = :id and c.wireServiceId is not null", Long.class)
          .setParameter("id", row[0])
          .getResultList());
      if (row[1] != null && !credited.contains((Long) row[1])) {
        credited.add((Long) row[1]);
      }
      credited.forEach(id -> counts.computeIfPresent(id, (k, c) -> { c[0]++; return c; }));
      PhotoCredit photo = (PhotoCredit) row[3];
      if (row[2] != null && photo != null) {
        for (WireService w : wires) {
          if (names(photo, w)) {
            counts.get(w.getId())[1]++;
          }
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    for (WireService w : wires) {
      int[] c = counts.get(w.getId());
      lines.add(new Line(w.getId(), w.getName(), c[0], c[1]));
    }
    return lines;
  }

  /** The report as CSV (RFC 4180), for the accounts department's spreadsheet. */
  public static String csv(List<Line> lines, java.time.LocalDate from, java.time.LocalDate to) {
    StringBuilder out = new StringBuilder("wire_service,from,to,stories,photos\r\n");
    for (Line l : lines) {
      out.append(quoted(l.getName())).append(',').append(from).append(',').append(to).append(',')
          .append(l.getStories()).append(',').append(l.getPhotos()).append("\r\n");
    }
    return out.toString();
  }

  private static String quoted(String field) {
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    String safe = field.matches("^[=+\\-@].*") ? "'" + field : field;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }

  private static boolean names(PhotoCredit photo, WireService w) {
    for (String part : new String[] {photo.getAgency(), photo.getDistributor()}) {
      String key = WireServiceDirectory.key(part);
      if (!key.isEmpty() && (key.equals(WireServiceDirectory.key(w.getName())) || key.equals(WireServiceDirectory.key(w.getShortName()))
          || key.startsWith(WireServiceDirectory.key(w.getName()) + " "))) {
        return true;
      }
    }
    return false;
  }
}
