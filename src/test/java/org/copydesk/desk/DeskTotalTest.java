package org.copydesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.copydesk.story.StoryState;
import org.junit.jupiter.api.Test;

/** The desk's paginator total is read off the counts per state instead of a count query of its own. */
class DeskTotalTest {

  private static Map<StoryState, Long> counts() {
    Map<StoryState, Long> counts = new EnumMap<>(StoryState.class);
    for (StoryState s : StoryState.values()) {
      counts.put(s, 0L);
    }
    counts.put(StoryState.DRAFT, 7L);
    counts.put(StoryState.EDITING, 3L);
    counts.put(StoryState.PUBLISHED, 90_000L);
    return counts;
  }

  @Test
  void withNoStateChosenTheTotalIsEveryState() {
    assertEquals(90_010L, DeskService.total(counts(), null));
  }

  @Test
  void withAStateChosenTheTotalIsThatState() {
    assertEquals(3L, DeskService.total(counts(), StoryState.EDITING));
    assertEquals(0L, DeskService.total(counts(), StoryState.READY));
  }

  @Test
  void aStateMissingFromTheCountsHasNoStories() {
    assertEquals(0L, DeskService.total(Map.of(StoryState.DRAFT, 2L), StoryState.SPIKED));
  }
}
