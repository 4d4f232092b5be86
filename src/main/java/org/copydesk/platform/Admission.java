package org.copydesk.platform;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many requests of one kind may run at once; the others wait their turn, first come first
 * served, for at most a given time. Plain Java, so that {@link FacesAdmission} stays a thin filter
 * and the rule can be tested without a server.
 */
public final class Admission {

  private final int permits;
  private final Semaphore running;

  public Admission(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("at least one request must be able to run, not " + permits);
    }
    this.permits = permits;
    // Fair: a request that waited longest goes next, so no page waits behind later ones for long.
    this.running = new Semaphore(permits, true);
  }

  /**
   * The number of requests that may run at once, from a configured value or, when none is
   * configured, twice the processors: measured on two cores, four Faces requests at once kept both
   * busy (one waits for the database or the network while the other runs), sixteen left them idle
   * a fifth of the time (bench/analysis.md, session 12).
   *
   * @throws IllegalArgumentException when the configured value is not a whole number of at least 1
   */
  public static int permits(String configured, int processors) {
    return wholeNumber(configured, Math.max(2, 2 * processors));
  }

  /**
   * A setting that counts something (requests, seconds): the configured whole number, or the
   * fallback when none is configured.
   *
   * @throws IllegalArgumentException when the configured value is not a whole number of at least 1
   */
  public static int wholeNumber(String configured, int fallback) {
    if (configured == null || configured.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(configured.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: \"" + configured + "\"", e);
    }
    if (value < 1) {
      throw new IllegalArgumentException("at least 1, not " + value);
    }
    return value;
  }

  /**
   * Waits until this request may run.
   *
   * @return false when no turn came within {@code millis}; the caller must then not run the
   *     request and must not call {@link #leave}
   * @throws InterruptedException when the waiting thread was interrupted (the server stops)
   */
  public boolean enter(long millis) throws InterruptedException {
    return running.tryAcquire(millis, TimeUnit.MILLISECONDS);
  }

  /** After a request that {@link #enter entered} has finished, however it finished. */
  public void leave() {
    running.release();
  }

  /** Requests waiting for their turn now (for tests and diagnostics). */
  public int queued() {
    return running.getQueueLength();
  }

  /** Requests running now (for tests and diagnostics). */
  public int running() {
    return permits - running.availablePermits();
  }
}
