package org.copydesk.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.copydesk.security.Actor;
import org.copydesk.security.Actors;
import org.copydesk.security.Role;
import org.copydesk.story.SearchTerms;
import org.copydesk.story.StateCounts;
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

  @Inject
  private StateCounts stateCounts;

  public List<StoryRow> page(DeskQuery query, int first, int size) {
    return page(Actors.of(session), query, first, size);
  }

  /**
   * A page in two statements: the ids of its stories from the story table alone (joined to the
   * current revision only when a filter reads it), then those stories' lines. In one statement,
   * H2 joined every row it skipped to its revision: the last of 100,000 stories' pages read 100,000
   * revisions (57 to 82 ms against 6 to 10 for the ids alone, bench/desk-sql.sh, session 17).
   */
  List<StoryRow> page(Actor actor, DeskQuery query, int first, int size) {
    if (nothingWaits(actor, query)) {
      return List.of();
    }
    TypedQuery<Long> q = em.createQuery("select s.id" + from(actor, query) + orderBy(actor, query), Long.class);
    bind(q, actor, query);
    List<Long> ids = q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 200)).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, StoryRow> rows = new HashMap<>();
    em.createQuery(
            "select new org.copydesk.desk.StoryRow(s.id, s.slug, r.headline, s.state, s.reporter, r.number,"
                + " r.wordCount, s.updatedAt, r.bylineRaw, r.photoCredit.photographer, r.photoCredit.agency, r.photoCredit.distributor)"
                + " from Story s join s.currentRevision r where s.id in :ids",
            StoryRow.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> rows.put(row.getId(), row));
    // Read in the page's order; a story cannot vanish in between (stories are never deleted).
    return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
  }

  /**
   * Newest change first. When a filter fixes the state or the reporter, that column leads the
   * ordering too: it changes nothing (every row has the same value), but it is what lets H2 read
   * the matching (state or reporter, updated, id) index in order and stop after one page. Without
   * it H2 2.2.224 read every story in that state or by that reporter and sorted them (bench,
   * 100,000 stories: 16,700 in one state, 33 to 53 ms against 0.1 to 0.2; 50,000 by one reporter,
   * 55 to 65 ms against 0.1 to 0.2).
   */
  static String orderBy(Actor actor, DeskQuery query) {
    String newestFirst = "s.updatedAt desc, s.id desc";
    if (query.state() != null) {
      return " order by s.state, " + newestFirst;
    }
    if (blankToNull(query.reporter()) != null || fixesReporterToMe(actor, query)) {
      return " order by s.reporter, " + newestFirst;
    }
    return " order by " + newestFirst;
  }

  public long count(DeskQuery query) {
    return count(Actors.of(session), query);
  }

  /**
   * How many stories a page of {@code query} is taken from: the paginator's total on a page turn,
   * the API's {@code total}. From the kept counts where they apply; counted otherwise. Counted,
   * a reporter's page turn read every story she may see: 19.8 ms of H2 at 100,000 stories, 0.01
   * ms from the kept counts (bench/desk-sql.sh, session 18).
   */
  long count(Actor actor, DeskQuery query) {
    if (nothingWaits(actor, query)) {
      return 0;
    }
    Map<StoryState, Long> kept = keptCounts(actor, query);
    if (kept != null) {
      return total(kept, query.state());
    }
    TypedQuery<Long> q = em.createQuery("select count(s)" + from(actor, query), Long.class);
    bind(q, actor, query);
    return q.getSingleResult();
  }

  /**
   * How many stories match, counted up to {@code limit} only: the header badge needs "99+" rather
   * than an exact count, and reading at most a hundred index entries keeps every page as fast with
   * 100,000 stories as with 1,000.
   */
  public long countUpTo(DeskQuery query, int limit) {
    Actor actor = Actors.of(session);
    if (nothingWaits(actor, query)) {
      return 0;
    }
    TypedQuery<Long> q = em.createQuery("select s.id" + from(actor, query), Long.class);
    bind(q, actor, query);
    return q.setMaxResults(limit).getResultList().size();
  }

  /** Stories per state under the same visibility and filters (the state filter aside), for the desk's tabs. */
  public Map<StoryState, Long> countsByState(DeskQuery query) {
    return countsByState(Actors.of(session), query);
  }

  Map<StoryState, Long> countsByState(Actor actor, DeskQuery query) {
    if (nothingWaits(actor, query)) {
      return StateCounts.none();
    }
    Map<StoryState, Long> kept = keptCounts(actor, query);
    if (kept != null) {
      return kept;
    }
    DeskQuery anyState = new DeskQuery(query.view(), null, query.reporter(), query.wireServiceId(), query.changedFrom(), query.changedTo(), query.text());
    Map<StoryState, Long> counts = StateCounts.none();
    TypedQuery<Object[]> q = em.createQuery("select s.state, count(s)" + from(actor, anyState) + " group by s.state", Object[].class);
    bind(q, actor, anyState);
    q.getResultList().forEach(row -> counts.put((StoryState) row[0], ((Number) row[1]).longValue()));
    return counts;
  }

  /**
   * The counts kept per state (V16) and per reporter and state (V17), where they are what the
   * reader's tabs show: the whole desk, "mine", or one reporter's stories, with no other filter.
   * Null for any other view or filter, which is counted with GROUP BY.
   */
  private Map<StoryState, Long> keptCounts(Actor actor, DeskQuery query) {
    if (query.wireServiceId() != null || query.changedFrom() != null || query.changedTo() != null || blankToNull(query.text()) != null) {
      return null;
    }
    String reporter = blankToNull(query.reporter()) == null ? null : query.reporter().strip();
    if (query.view() == DeskQuery.View.MINE && reporter == null) {
      return stateCounts.of(actor.username());
    }
    if (query.view() != DeskQuery.View.ALL) {
      return null;
    }
    if (reporter == null) {
      Map<StoryState, Long> counts = stateCounts.all();
      if (!seesAll(actor)) {
        // Others' drafts are not this reader's to see: her own drafts instead.
        counts.put(StoryState.DRAFT, stateCounts.of(actor.username()).get(StoryState.DRAFT));
      }
      return counts;
    }
    Map<StoryState, Long> counts = stateCounts.of(reporter);
    if (!seesAll(actor) && !reporter.equals(actor.username())) {
      counts.put(StoryState.DRAFT, 0L);
    }
    return counts;
  }

  /**
   * The number of stories {@link #count} would find, from {@link #countsByState} for the same
   * filters: the stories of one state, or of all states when none is chosen.
   */
  static long total(java.util.Map<StoryState, Long> countsByState, StoryState state) {
    return state == null
        ? countsByState.values().stream().mapToLong(Long::longValue).sum()
        : countsByState.getOrDefault(state, 0L);
  }

  /** An administrator's stage is not in the story workflow: nothing ever waits for that role. */
  private static boolean nothingWaits(Actor actor, DeskQuery query) {
    return query.view() == DeskQuery.View.WAITING && waitingFor(actor).isEmpty();
  }

  private static boolean seesAll(Actor actor) {
    return actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
  }

  /** The states whose stories wait for this actor's role. */
  static java.util.Set<StoryState> waitingFor(Actor actor) {
    java.util.Set<StoryState> states = java.util.EnumSet.noneOf(StoryState.class);
    if (actor.has(Role.EDITOR)) {
      states.add(StoryState.EDITING);
      states.add(StoryState.READY);
    }
    if (actor.has(Role.FACT_CHECKER)) {
      states.add(StoryState.FACT_CHECK);
    }
    if (actor.has(Role.REPORTER)) {
      states.add(StoryState.DRAFT);
    }
    return states;
  }

  /** Only the conditions that apply, so the database can use the state and reporter indexes. */
  private static String from(Actor actor, DeskQuery query) {
    // The current revision is joined only when a filter reads it: counting the badge or the
    // tabs, and choosing a page's stories, then touch the story table's indexes alone.
    boolean readsRevision = query.wireServiceId() != null || blankToNull(query.text()) != null;
    StringBuilder jpql = new StringBuilder(readsRevision ? " from Story s join s.currentRevision r where 1 = 1" : " from Story s where 1 = 1");
    if (!seesAll(actor)) {
      jpql.append(" and (s.state <> :draft or s.reporter = :me)");
    }
    if (query.view() == DeskQuery.View.WAITING) {
      jpql.append(" and s.state in :waiting");
    }
    if (fixesReporterToMe(actor, query)) {
      jpql.append(" and s.reporter = :me");
    }
    if (query.state() != null) {
      jpql.append(" and s.state = :state");
    }
    if (blankToNull(query.reporter()) != null) {
      jpql.append(" and s.reporter = :reporter");
    }
    if (query.wireServiceId() != null) {
      jpql.append(" and (r.distributorId = :wire or exists (select r2.id from Revision r2 join r2.contributors c"
          + " where r2 = r and c.wireServiceId = :wire))");
    }
    if (query.changedFrom() != null) {
      jpql.append(" and s.updatedAt >= :changedFrom");
    }
    if (query.changedTo() != null) {
      jpql.append(" and s.updatedAt < :changedTo");
    }
    if (blankToNull(query.text()) != null) {
      // First the stories whose search index has every word typed (as the start of one of its
      // terms: SearchTerms), a range of the index's entries per word; only those have their text
      // read. Without it, every story's was (325 ms per search at 100,000 stories, session 21).
      for (int i = 0; i < SearchTerms.prefixes(query.text()).size(); i++) {
        jpql.append(" and s.id in (select t").append(i).append(".storyId from StoryTerm t").append(i)
            .append(" where t").append(i).append(".term >= :termFrom").append(i)
            .append(" and t").append(i).append(".term < :termTo").append(i).append(')');
      }
      // Then the text, in the current revision's headline and paragraphs (CurrentParagraph), so text
      // a later revision removed is not found. Every paragraph the story ever had was read before,
      // kept to the current ones by their ids' list: a story gains a paragraph with nearly every
      // save, and the search cost more the more its stories were edited (bench, session 23).
      jpql.append(" and (lower(r.headline) like :text or exists (select c.paragraphId from CurrentParagraph c, Paragraph p"
          + " where c.storyId = s.id and p.id = c.paragraphId and lower(p.content) like :text))");
    }
    return jpql.toString();
  }

  /** "Mine", and a reporter's (not an editor's) "waiting for me": her own drafts. */
  private static boolean fixesReporterToMe(Actor actor, DeskQuery query) {
    return query.view() == DeskQuery.View.MINE
        || (query.view() == DeskQuery.View.WAITING && !actor.has(Role.EDITOR) && actor.has(Role.REPORTER));
  }

  private static void bind(TypedQuery<?> q, Actor actor, DeskQuery query) {
    boolean me = !seesAll(actor) || fixesReporterToMe(actor, query);
    if (!seesAll(actor)) {
      q.setParameter("draft", StoryState.DRAFT);
    }
    if (me) {
      q.setParameter("me", actor.username());
    }
    if (query.view() == DeskQuery.View.WAITING) {
      q.setParameter("waiting", waitingFor(actor));
    }
    if (query.state() != null) {
      q.setParameter("state", query.state());
    }
    if (blankToNull(query.reporter()) != null) {
      q.setParameter("reporter", query.reporter().strip());
    }
    if (query.wireServiceId() != null) {
      q.setParameter("wire", query.wireServiceId());
    }
    if (query.changedFrom() != null) {
      q.setParameter("changedFrom", query.changedFrom().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
    }
    if (query.changedTo() != null) {
      q.setParameter("changedTo", query.changedTo().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
    }
    if (blankToNull(query.text()) != null) {
      String words = query.text().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      q.setParameter("text", "%" + words + "%");
      List<String> prefixes = SearchTerms.prefixes(query.text());
      for (int i = 0; i < prefixes.size(); i++) {
        q.setParameter("termFrom" + i, prefixes.get(i));
        q.setParameter("termTo" + i, SearchTerms.upperBound(prefixes.get(i)));
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
