package org.copydesk.security;

import java.time.Duration;

/**
 * How long sign-in is refused after failures: a few free mistakes, then a wait that doubles with
 * each further failure, capped so that nobody is ever locked out for good. An account tolerates
 * far fewer failures than an address, because a whole newsroom may sign in from one address.
 */
public enum ThrottlePolicy {
  ACCOUNT(3),
  ADDRESS(50);

  /** The longest wait: long enough to make guessing useless, short enough to never lock anyone out. */
  public static final Duration MAX_WAIT = Duration.ofMinutes(15);
  /** Failures older than this are forgotten, so occasional typos never add up. */
  public static final Duration MEMORY = Duration.ofHours(1);

  private final int freeFailures;

  ThrottlePolicy(int freeFailures) {
    this.freeFailures = freeFailures;
  }

  /** The wait after the given number of consecutive failures: zero, then 1 s, 2 s, 4 s ... up to 15 minutes. */
  public Duration waitAfter(int failures) {
    int beyond = failures - freeFailures;
    if (beyond <= 0) {
      return Duration.ZERO;
    }
    if (beyond > 20) {
      return MAX_WAIT;
    }
    Duration wait = Duration.ofSeconds(1L << (beyond - 1));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  public int freeFailures() {
    return freeFailures;
  }
}
