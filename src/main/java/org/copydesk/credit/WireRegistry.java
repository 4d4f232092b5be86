package org.copydesk.credit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.InvalidInputException;
import org.copydesk.platform.NotFoundException;
import org.copydesk.security.Role;

/** The wire-service registry: everyone in the newsroom reads it, administrators keep it. */
@Stateless
public class WireRegistry {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Inject
  private WireServiceDirectory directory;

  /** What an administrator enters for a wire service. */
  public record Entry(String name, String shortName, WireServiceKind kind, String creditFormat, String usageTerms, boolean active) {}

  @RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
  public List<WireService> all() {
    return directory.allToShow();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public WireService create(Entry entry) {
    Entry e = valid(entry);
    unique(e, null);
    WireService w = new WireService(e.name(), e.shortName(), e.kind(), e.creditFormat(), e.usageTerms());
    w.update(e.name(), e.shortName(), e.kind(), e.creditFormat(), e.usageTerms(), e.active());
    em.persist(w);
    return w;
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public WireService update(long id, Entry entry) {
    WireService w = em.find(WireService.class, id);
    if (w == null) {
      throw new NotFoundException("wire.notFound", id);
    }
    Entry e = valid(entry);
    unique(e, id);
    w.update(e.name(), e.shortName(), e.kind(), e.creditFormat(), e.usageTerms(), e.active());
    return w;
  }

  private void unique(Entry e, Long self) {
    for (WireService other : directory.all()) {
      boolean same = other.getName().equalsIgnoreCase(e.name()) || other.getShortName().equalsIgnoreCase(e.shortName());
      if (same && !other.getId().equals(self)) {
        throw new BusinessException("wire.duplicate", other.getName(), other.getShortName());
      }
    }
  }

  private static Entry valid(Entry e) {
    if (e == null || blank(e.name()) || blank(e.shortName()) || e.kind() == null) {
      throw new InvalidInputException("wire.required");
    }
    String name = e.name().strip();
    String shortName = e.shortName().strip();
    if (name.length() > 120 || shortName.length() > 20 || !shortName.matches("[A-Za-z0-9 .&-]+")) {
      throw new InvalidInputException("wire.invalid");
    }
    String format = blank(e.creditFormat()) ? null : e.creditFormat().strip();
    String terms = blank(e.usageTerms()) ? null : e.usageTerms().strip();
    if ((format != null && format.length() > 200) || (terms != null && terms.length() > 2000)) {
      throw new InvalidInputException("wire.invalid");
    }
    return new Entry(name, shortName, e.kind(), format, terms, e.active());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
