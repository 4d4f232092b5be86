package org.copydesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  @Test
  void anAccountGetsThreeFreeMistakesThenDoublingWaits() {
    ThrottlePolicy account = ThrottlePolicy.ACCOUNT;
    assertEquals(Duration.ZERO, account.waitAfter(1));
    assertEquals(Duration.ZERO, account.waitAfter(3));
    assertEquals(Duration.ofSeconds(1), account.waitAfter(4));
    assertEquals(Duration.ofSeconds(2), account.waitAfter(5));
    assertEquals(Duration.ofSeconds(4), account.waitAfter(6));
    assertEquals(Duration.ofSeconds(512), account.waitAfter(13));
  }

  @Test
  void theWaitIsCappedSoNobodyIsLockedOutForGood() {
    for (int failures = 1; failures < 10_000; failures *= 3) {
      assertTrue(ThrottlePolicy.ACCOUNT.waitAfter(failures).compareTo(ThrottlePolicy.MAX_WAIT) <= 0);
      assertTrue(ThrottlePolicy.ADDRESS.waitAfter(failures).compareTo(ThrottlePolicy.MAX_WAIT) <= 0);
    }
    assertEquals(ThrottlePolicy.MAX_WAIT, ThrottlePolicy.ACCOUNT.waitAfter(Integer.MAX_VALUE));
  }

  @Test
  void anAddressToleratesAWholeNewsroomsTypos() {
    assertEquals(Duration.ZERO, ThrottlePolicy.ADDRESS.waitAfter(50));
    assertEquals(Duration.ofSeconds(1), ThrottlePolicy.ADDRESS.waitAfter(51));
  }

  @Test
  void failuresAreForgottenAfterAnHourWithoutOne() {
    OffsetDateTime start = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    LoginAttempts attempts = new LoginAttempts("account:rita", start);
    for (int i = 0; i < 5; i++) {
      attempts.fail(ThrottlePolicy.ACCOUNT, start.plusSeconds(i));
    }
    assertEquals(5, attempts.getFailures());
    assertEquals(start.plusSeconds(4).plusSeconds(2), attempts.getBlockedUntil());
    OffsetDateTime later = start.plusHours(2);
    attempts.fail(ThrottlePolicy.ACCOUNT, later);
    assertEquals(1, attempts.getFailures());
    assertEquals(later, attempts.getBlockedUntil(), "a single failure after a quiet hour costs no wait");
  }

  @Test
  void logValuesCannotForgeLines() {
    assertEquals("\"eve_REFUSED user='admin'\"", SecurityEvents.quote("eve\nREFUSED user=\"admin\""));
    assertEquals("-", SecurityEvents.quote(null));
  }
}
