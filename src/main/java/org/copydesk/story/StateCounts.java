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
 * story (V16). {@link StoryLedger} is the only caller of {@link #moved}: it is the only code that
 * creates stories or changes their state.
 */
@ApplicationScoped
public class StateCounts {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  /**
   * A story left {@code from} (null for a new story) for {@code to}, in the transaction that moved
   * it. The rows are updated in the states' declared order, so two transactions moving stories
   * between the same states never wait for each other's rows the other way round; each row stays
   * locked until the transaction ends, and a rolled-back move leaves the counts as they were.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void moved(StoryState from, StoryState to) {
    if (from == to) {
      return;
    }
    if (from != null && from.ordinal() < to.ordinal()) {
      add(from, -1);
      add(to, 1);
    } else {
      add(to, 1);
      if (from != null) {
        add(from, -1);
      }
    }
  }

  private void add(StoryState state, int stories) {
    int rows = em.createQuery("update StateCount c set c.stories = c.stories + :stories where c.state = :state")
        .setParameter("stories", (long) stories)
        .setParameter("state", state)
        .executeUpdate();
    if (rows != 1) {
      throw new IllegalStateException("no row for state " + state + " in story_state_count");
    }
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
