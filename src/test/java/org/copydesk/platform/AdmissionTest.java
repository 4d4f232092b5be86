package org.copydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdmissionTest {

  @Test
  void withoutSettingTwiceTheProcessorsRunAtOnce() {
    assertEquals(4, Admission.permits(null, 2));
    assertEquals(4, Admission.permits("  ", 2));
    assertEquals(16, Admission.permits("", 8));
    assertEquals(2, Admission.permits(null, 1));
  }

  @Test
  void aSettingIsTakenAsItIs() {
    assertEquals(1, Admission.permits("1", 2));
    assertEquals(12, Admission.permits(" 12 ", 2));
  }

  @Test
  void aWrongSettingIsRefusedWithWhatWasWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Admission.permits("four", 2)).getMessage().contains("four"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Admission.permits("0", 2)).getMessage().contains("0"));
    assertThrows(IllegalArgumentException.class, () -> Admission.permits("-3", 2));
    assertThrows(IllegalArgumentException.class, () -> new Admission(0));
  }

  @Test
  void aCountingSettingFallsBackOnlyWhenNotSet() {
    assertEquals(30, Admission.wholeNumber(null, 30));
    assertEquals(30, Admission.wholeNumber(" ", 30));
    assertEquals(5, Admission.wholeNumber("5", 30));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Admission.wholeNumber("0", 30)).getMessage().contains("0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Admission.wholeNumber("1.5", 30)).getMessage().contains("1.5"));
  }

  @Test
  void neverMoreRunAtOnceThanAllowedAndEveryRequestRuns() throws Exception {
    Admission admission = new Admission(3);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> requests = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        requests.add(threads.submit(() -> {
          assertTrue(admission.enter(10_000));
          try {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.onSpinWait();
            inside.decrementAndGet();
            done.incrementAndGet();
          } finally {
            admission.leave();
          }
          return null;
        }));
      }
      for (Future<?> request : requests) {
        request.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(400, done.get());
    assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
    assertEquals(0, admission.running());
  }

  @Test
  void aRequestThatGetsNoTurnInTimeIsToldSoAndTakesNoTurn() throws Exception {
    Admission admission = new Admission(1);
    assertTrue(admission.enter(0));
    CountDownLatch refused = new CountDownLatch(1);
    Thread waiting = new Thread(() -> {
      try {
        if (!admission.enter(50)) {
          refused.countDown();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    waiting.start();
    assertTrue(refused.await(10, TimeUnit.SECONDS));
    waiting.join();
    assertEquals(1, admission.running());
    admission.leave();
    assertEquals(0, admission.running());
    assertTrue(admission.enter(0));
  }

  @Test
  void theRequestWaitingLongestGoesNext() throws Exception {
    Admission admission = new Admission(1);
    assertTrue(admission.enter(0));
    List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> waiting = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int id = i;
      Thread t = new Thread(() -> {
        try {
          if (admission.enter(10_000)) {
            order.add(id);
            admission.leave();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      t.start();
      // Each waits in line before the next arrives.
      while (admission.queued() < i + 1) {
        Thread.sleep(1);
      }
      waiting.add(t);
    }
    admission.leave();
    for (Thread t : waiting) {
      t.join(10_000);
    }
    assertEquals(List.of(0, 1, 2, 3, 4), order);
    assertFalse(admission.running() > 0);
  }
}
