package org.copydesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.copydesk.platform.Messages;
import org.junit.jupiter.api.Test;

class NotificationsBadgeTest {

  private static String badge(long count) {
    return Messages.text(Locale.ENGLISH, "notify.waiting", count);
  }

  @Test
  void theBadgeCountsExactlyUpToItsLimitAndSaysNinetyNinePlusBeyond() {
    assertEquals("Nothing waits for you", badge(0));
    assertEquals("1 story waits for you", badge(1));
    assertEquals("57 stories wait for you", badge(57));
    assertEquals("99 stories wait for you", badge(99));
    assertEquals("99+ stories wait for you", badge(NotificationsView.BADGE_LIMIT));
  }
}
