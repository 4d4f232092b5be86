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
    // Written long before the lock would expire: a holder whose editor keeps beating never looks gone.
    assertThat(StoryPresence.REFRESH_AFTER.multipliedBy(4)).isLessThan(StoryPresence.EXPIRY);
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
