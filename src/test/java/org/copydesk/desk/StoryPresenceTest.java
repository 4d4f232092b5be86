package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StoryPresenceTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  private final StoryPresence presence = new StoryPresence(7L, "rita", T0);

  @Test
  void theHoldersHeartbeatKeepsTheLockAndMovesLastSeen() {
    assertThat(presence.beat("rita", T0.plusSeconds(90))).isTrue();
    assertThat(presence.getLastSeen()).isEqualTo(T0.plusSeconds(90));
    assertThat(presence.getSince()).isEqualTo(T0);
  }

  @Test
  void someoneElseGetsTheLockOnlyOnceTheHolderHasGoneQuiet() {
    assertThat(presence.beat("eddie", T0.plus(StoryPresence.EXPIRY).minusSeconds(1))).isFalse();
    assertThat(presence.getHolder()).isEqualTo("rita");
    assertThat(presence.beat("eddie", T0.plus(StoryPresence.EXPIRY))).isTrue();
    assertThat(presence.getHolder()).isEqualTo("eddie");
    assertThat(presence.getSince()).isEqualTo(T0.plus(StoryPresence.EXPIRY));
  }

  @Test
  void theHoldersRecentHeartbeatChangesNothingAndAnOlderOneIsWritten() {
    OffsetDateTime refresh = T0.plus(StoryPresence.REFRESH_AFTER);
    assertThat(presence.beatChangesNothing("rita", T0)).isTrue();
    assertThat(presence.beatChangesNothing("rita", refresh.minusNanos(1000))).isTrue();
    assertThat(presence.beatChangesNothing("rita", refresh)).isFalse();
  }

  @Test
  void aHolderWhoseEditorKeepsPollingNeverLosesTheLockAndEveryOtherPollIsWritten() {
    // The editor page polls every 15 s (story.xhtml), give or take a few seconds of a busy browser.
    java.util.Random jitter = new java.util.Random(6);
    OffsetDateTime now = T0;
    int written = 0;
    int polls = 0;
    for (; polls < 400; polls++) {
      now = now.plusNanos(15_000_000_000L + jitter.nextInt(3_000_000) * 1_000L);
      assertThat(presence.isActiveAt(now)).as("poll %d", polls).isTrue();
      assertThat(presence.beatChangesNothing("eddie", now)).as("someone else, poll %d", polls).isTrue();
      if (!presence.beatChangesNothing("rita", now)) {
        presence.beat("rita", now);
        written++;
      }
    }
    assertThat(written).isBetween(polls / 2 - 5, polls / 2 + 5);
  }

  @Test
  void aHeartbeatSaidToChangeNothingChangesNothingButTheHoldersLastSeen() {
    java.util.Random random = new java.util.Random(20261206L);
    java.util.List<String> people = java.util.List.of("rita", "eddie", "fran");
    OffsetDateTime now = T0;
    for (int step = 0; step < 5_000; step++) {
      now = now.plusSeconds(random.nextInt(90));
      String user = people.get(random.nextInt(people.size()));
      if (random.nextInt(20) == 0) {
        presence.takeOver(user, now);
        continue;
      }
      boolean nothing = presence.beatChangesNothing(user, now);
      boolean takenFrom = presence.wasTakenFrom(user);
      String holder = presence.getHolder();
      OffsetDateTime since = presence.getSince();
      OffsetDateTime lastSeen = presence.getLastSeen();
      String takenFromWhom = presence.getTakenFrom();
      OffsetDateTime takenAt = presence.getTakenAt();
      // What the locked path does (Presence.heartbeat): the one taken from is only told.
      boolean mine = !takenFrom && presence.beat(user, now);
      if (nothing) {
        assertThat(mine).as("step %d", step).isEqualTo(holder.equals(user));
        assertThat(presence.getHolder()).isEqualTo(holder);
        assertThat(presence.getSince()).isEqualTo(since);
        assertThat(presence.getTakenFrom()).isEqualTo(takenFromWhom);
        assertThat(presence.getTakenAt()).isEqualTo(takenAt);
        if (!holder.equals(user)) {
          assertThat(presence.getLastSeen()).isEqualTo(lastSeen);
        }
      }
    }
  }

  @Test
  void anotherPersonsHeartbeatChangesNothingWhileTheHolderIsActive() {
    assertThat(presence.beatChangesNothing("eddie", T0.plus(StoryPresence.EXPIRY).minusSeconds(1))).isTrue();
    // Once the holder has gone quiet, the heartbeat takes the lock: a write, under the row's lock.
    assertThat(presence.beatChangesNothing("eddie", T0.plus(StoryPresence.EXPIRY))).isFalse();
  }

  @Test
  void theOneTheLockWasTakenFromIsToldAndNeverMadeHolderByAHeartbeat() {
    presence.takeOver("eddie", T0.plusSeconds(30));
    assertThat(presence.wasTakenFrom("rita")).isTrue();
    assertThat(presence.wasTakenFrom("eddie")).isFalse();
    OffsetDateTime eddieGone = T0.plusSeconds(30).plus(StoryPresence.EXPIRY).plusSeconds(1);
    // The locked path never lets her heartbeat take the lock back (she sees who took it), so
    // reading without the lock gives her the same answer.
    assertThat(presence.beatChangesNothing("rita", eddieGone)).isTrue();
    assertThat(presence.beatChangesNothing("fran", eddieGone)).isFalse();
    assertThat(presence.beat("fran", eddieGone)).isTrue();
    assertThat(presence.wasTakenFrom("rita")).isFalse();
  }
}
