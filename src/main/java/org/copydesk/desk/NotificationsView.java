package org.copydesk.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The header's badge: how many stories have reached the signed-in user's stage, and which ones.
 * The page polls it, so it updates without a reload.
 */
@Named
@RequestScoped
public class NotificationsView {

  private static final DeskQuery WAITING = new DeskQuery(DeskQuery.View.WAITING, null, null, null, null, null, null);

  @Inject
  private DeskService desk;

  /** Beyond this the badge says "99+": an exact count would cost a scan on a big desk. */
  static final int BADGE_LIMIT = 100;

  private Long count;

  /** The number of waiting stories, or {@link #BADGE_LIMIT} when there are at least that many. */
  public long getCount() {
    if (count == null) {
      count = desk.countUpTo(WAITING, BADGE_LIMIT);
    }
    return count;
  }

  public List<StoryRow> getLatest() {
    return desk.page(WAITING, 0, 5);
  }
}
