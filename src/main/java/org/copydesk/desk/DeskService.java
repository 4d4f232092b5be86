package org.copydesk.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.story.StoryState;

/**
 * Pages of the desk, with the same visibility rule as {@code Story.isVisibleTo}: editors and admins
 * see everything, others see their own stories and everything that has left DRAFT.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
public class DeskService {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext session;

  public List<StoryRow> page(DeskQuery query, int first, int size) {
    Actor actor = Actors.of(session);
    TypedQuery<StoryRow> q =
        em.createQuery(
            "select new org.copydesk.desk.StoryRow(s.id, s.slug, r.headline, s.state, s.reporter, r.number,"
                + " r.wordCount, s.updatedAt, r.bylineRaw, r.photoCredit.photographer, r.photoCredit.agency, r.photoCredit.distributor)"
                + from(actor, query)
                + " order by s.updatedAt desc, s.id desc",
            StoryRow.class);
    bind(q, actor, query);
    return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
  }

  public long count(DeskQuery query) {
    Actor actor = Actors.of(session);
    TypedQuery<Long> q = em.createQuery("select count(s)" + from(actor, query), Long.class);
    bind(q, actor, query);
    return q.getSingleResult();
  }

  private static boolean seesAll(Actor actor) {
    return actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
  }

  /** Only the conditions that apply, so the database can use the state and reporter indexes. */
  private static String from(Actor actor, DeskQuery query) {
    StringBuilder jpql = new StringBuilder(" from Story s join s.currentRevision r where 1 = 1");
    if (!seesAll(actor)) {
      jpql.append(" and (s.state <> :draft or s.reporter = :me)");
    }
    if (query.state() != null) {
      jpql.append(" and s.state = :state");
    }
    return jpql.toString();
  }

  private static void bind(TypedQuery<?> q, Actor actor, DeskQuery query) {
    if (!seesAll(actor)) {
      q.setParameter("draft", StoryState.DRAFT);
      q.setParameter("me", actor.username());
    }
    if (query.state() != null) {
      q.setParameter("state", query.state());
    }
  }
}
