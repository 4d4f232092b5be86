package org.copydesk.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.copydesk.platform.ProviderHints;

/**
 * How many stories each state holds, kept in the table {@code story_state_count} by the
 * transactions that change a story's state, so the desk reads eight rows instead of counting every
 * story (V16), and each reporter's (V17). {@link StoryLedger} is the only caller of {@link #moved}:
 * it is the only code that creates stories or changes their state.
 */
@ApplicationScoped
public class StateCounts {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  /**
   * One of {@code reporter}'s stories left {@code from} (null for a new story) for {@code to}, in
   * the transaction that moved it: her count and the newsroom's. The reporter's rows are updated
   * first, then the newsroom's, each pair in the states' declared order, so two transactions
   * never wait for each other's rows the other way round; each row stays locked until the
   * transaction ends, and a rolled-back move leaves the counts as they were.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void moved(String reporter, StoryState from, StoryState to) {
    if (from == to) {
      return;
    }
    inOrder(from, to, (state, stories) -> {
      if (add(REPORTER_ROW, reporter, state, stories) == 0) {
        rowsFor(reporter);
        expectOne(add(REPORTER_ROW, reporter, state, stories), state, reporter);
      }
    });
    inOrder(from, to, (state, stories) -> expectOne(add(NEWSROOM_ROW, null, state, stories), state, null));
  }

  private static final String REPORTER_ROW =
      "update ReporterStateCount c set c.stories = c.stories + :stories where c.state = :state and c.reporter = :reporter";
  private static final String NEWSROOM_ROW = "update StateCount c set c.stories = c.stories + :stories where c.state = :state";

  private static void inOrder(StoryState from, StoryState to, java.util.function.ObjIntConsumer<StoryState> add) {
    if (from != null && from.ordinal() < to.ordinal()) {
      add.accept(from, -1);
      add.accept(to, 1);
    } else {
      add.accept(to, 1);
      if (from != null) {
        add.accept(from, -1);
      }
    }
  }

  /**
   * Makes a reporter's missing rows: all of them with her first story, or one for a state added
   * to {@link StoryState} after her rows were made. Two first stories of hers in two transactions
   * would both find no rows and the second insert would fail its story, so the rows are looked
   * for under the lock of the newsroom's DRAFT row, which the other first story then waits for.
   * That cannot deadlock: a transaction moves one story, so it holds at most rows of this
   * reporter here, and one that holds DRAFT's row already holds all its reporter's rows and waits
   * for none of them (DemoData moves many stories in one transaction, before anyone signs in).
   */
  private void rowsFor(String reporter) {
    expectOne(add(NEWSROOM_ROW, null, StoryState.DRAFT, 0), StoryState.DRAFT, null);
    em.createNativeQuery("INSERT INTO reporter_state_count (reporter, state, stories)"
            + " SELECT CAST(? AS VARCHAR(64)), c.state, 0 FROM story_state_count c"
            + " WHERE NOT EXISTS (SELECT 1 FROM reporter_state_count r WHERE r.reporter = ? AND r.state = c.state)")
        .setParameter(1, reporter)
        .setParameter(2, reporter)
        .executeUpdate();
  }

  private int add(String jpql, String reporter, StoryState state, int stories) {
    var update = em.createQuery(jpql).setParameter("stories", (long) stories).setParameter("state", state);
    if (reporter != null) {
      update.setParameter("reporter", reporter);
    }
    return update.executeUpdate();
  }

  private static void expectOne(int rows, StoryState state, String reporter) {
    if (rows != 1) {
      throw new IllegalStateException("no count of state " + state + (reporter == null ? "" : " for " + reporter));
    }
  }

  /** Every state's count of one reporter's stories (a state without stories counts 0). */
  public Map<StoryState, Long> of(String reporter) {
    Map<StoryState, Long> counts = none();
    for (ReporterStateCount count : em.createQuery("select c from ReporterStateCount c where c.reporter = :reporter", ReporterStateCount.class)
        .setParameter("reporter", reporter)
        .setHint(ProviderHints.READ_ONLY, "true")
        .getResultList()) {
      counts.put(count.getState(), count.getStories());
    }
    return counts;
  }

  /** Every state's count (a state without stories counts 0). */
  public Map<StoryState, Long> all() {
    Map<StoryState, Long> counts = none();
    for (StateCount count : em.createQuery("select c from StateCount c", StateCount.class)
        .setHint(ProviderHints.READ_ONLY, "true")
        .getResultList()) {
      counts.put(count.getState(), count.getStories());
    }
    return counts;
  }

  /** Every state at 0: the counts of a desk that shows nothing, and where counting starts. */
  public static Map<StoryState, Long> none() {
    Map<StoryState, Long> counts = new EnumMap<>(StoryState.class);
    for (StoryState state : StoryState.values()) {
      counts.put(state, 0L);
    }
    return counts;
  }
}
