/**
 * How fast this machine's CPU is right now: the same fixed single-threaded work, timed in the
 * harness while the server is stopped. Cloud machines with burst credits or busy neighbours change
 * speed during a run (seen on 2026-12-05: the same Python loop took 0.18 s, then 0.31 s a quarter
 * of an hour later, with nothing else running), and a phase measured on a slower CPU would look
 * like a regression. The report prints every probe and warns when they differ.
 */
final class CpuProbe {

  private CpuProbe() {}

  /** Milliseconds for the fixed work, the best of five (the attainable speed at the moment). */
  static double millis() {
    long best = Long.MAX_VALUE;
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      sink += work();
      best = Math.min(best, System.nanoTime() - t0);
    }
    // The result is used, so the JIT cannot drop the loop.
    if (sink == 42) {
      System.out.print("");
    }
    return best / 1e6;
  }

  /**
   * Microseconds per system call: one-byte reads of /dev/zero, best of three rounds of 20,000. A
   * server under HTTP load makes many (sockets, locks, timers); on a sandboxed machine they cost
   * several times what they do elsewhere, which slows every workload while the CPU probe stays the
   * same (seen 2026-12-05: 2 microseconds per call with dd, pages a quarter as fast as the day's
   * first machine, the arithmetic probe and the JMH scores within 10%).
   */
  static double syscallMicros() throws java.io.IOException {
    long best = Long.MAX_VALUE;
    byte[] one = new byte[1];
    try (java.io.RandomAccessFile zero = new java.io.RandomAccessFile("/dev/zero", "r")) {
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < 20_000; i++) {
          zero.read(one, 0, 1);
        }
        best = Math.min(best, System.nanoTime() - t0);
      }
    }
    return best / 20_000 / 1e3;
  }

  /** Integer arithmetic and a small array the CPU's cache holds: no memory or I/O in the timing. */
  private static long work() {
    int[] table = new int[4096];
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < 40_000_000; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      table[(int) (x & 4095)] += (int) x;
    }
    long sum = 0;
    for (int v : table) {
      sum += v;
    }
    return sum;
  }
}
