package org.copydesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.copydesk.story.StoryState;
import org.junit.jupiter.api.Test;

class StoryRowTest {

  private static StoryRow changedAt(OffsetDateTime at) {
    return new StoryRow(7, "council-budget", "Council passes budget", StoryState.READY, "rita", 3, 420, at, null, null, null, null);
  }

  @Test
  void theLastChangeIsShownToTheMinuteInUtc() {
    assertEquals("2026-12-05 16:20", changedAt(OffsetDateTime.of(2026, 12, 5, 16, 20, 59, 0, ZoneOffset.UTC)).getUpdated());
    // Stored with another offset, the desk still shows the same instant in UTC, as every other time on the page.
    assertEquals("2026-12-05 23:30", changedAt(OffsetDateTime.of(2026, 12, 6, 1, 30, 0, 0, ZoneOffset.ofHours(2))).getUpdated());
    assertEquals("", changedAt(null).getUpdated());
  }

  @Test
  void aRowHasNoLinksUntilThePageThatShowsItSetsThem() {
    StoryRow row = changedAt(OffsetDateTime.now(ZoneOffset.UTC));
    assertEquals(null, row.getEditorLink());
    row.links("/app/story.xhtml?id=7", null);
    assertEquals("/app/story.xhtml?id=7", row.getEditorLink());
    assertEquals(null, row.getFactCheckLink());
  }
}
