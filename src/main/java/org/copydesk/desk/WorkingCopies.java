package org.copydesk.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.copydesk.security.Role;

/** Autosave: the caller's own working copies, one per story. */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME})
public class WorkingCopies {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  public void keep(String storyKey, int baseRevision, String headline, String standfirst, String body) {
    String me = session.getCallerPrincipal().getName();
    WorkingCopy copy = em.find(WorkingCopy.class, new WorkingCopy.Key(me, storyKey));
    if (copy == null) {
      copy = new WorkingCopy(me, storyKey);
      copy.keep(baseRevision, headline, standfirst, body, OffsetDateTime.now(ZoneOffset.UTC));
      em.persist(copy);
    } else {
      copy.keep(baseRevision, headline, standfirst, body, OffsetDateTime.now(ZoneOffset.UTC));
    }
  }

  public Optional<WorkingCopy> find(String storyKey) {
    return Optional.ofNullable(em.find(WorkingCopy.class, new WorkingCopy.Key(session.getCallerPrincipal().getName(), storyKey)));
  }

  public void discard(String storyKey) {
    find(storyKey).ifPresent(em::remove);
  }
}
