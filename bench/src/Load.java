import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

/**
 * Closed-loop load: N virtual users, each on its own thread, run their workload's step back to
 * back, first for a warm-up whose samples are dropped, then for the measured window. A sample
 * counts when its request completes inside the window; throughput is those samples over the
 * window's length. Latency is per request (one HTTP exchange), kept per operation name.
 */
final class Load {

  /** What a workload does for one virtual user; built per user before the clock starts. */
  interface Workload {
    Step prepare(Vu vu) throws Exception;
  }

  interface Step {
    void run(Recorder rec) throws Exception;
  }

  interface Call<T> {
    T call() throws Exception;
  }

  /** Every answer of the whole run, and those that were 403 (see the report: signed-in users refused). */
  static final java.util.concurrent.atomic.AtomicLong ANSWERS = new java.util.concurrent.atomic.AtomicLong();
  static final java.util.concurrent.atomic.AtomicLong FORBIDDEN = new java.util.concurrent.atomic.AtomicLong();

  /** Per-thread samples; the runner merges them when the window closes. */
  static final class Recorder {
    private final Map<String, long[]> samples = new LinkedHashMap<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();
    private final Map<String, Long> errors = new LinkedHashMap<>();
    private final Map<String, Long> bytes = new LinkedHashMap<>();
    private final Map<String, String> firstError;
    private volatile boolean measuring;
    /** Answers since the window (or the warm-up) began. */
    private final java.util.concurrent.atomic.AtomicLong completed = new java.util.concurrent.atomic.AtomicLong();

    Recorder(Map<String, String> firstError) {
      this.firstError = firstError;
    }

    /** Times one call; {@code ok} judges the result. Answers the result, or null after an error. */
    <T> T timed(String op, Call<T> call, Predicate<T> ok) {
      long t0 = System.nanoTime();
      T result;
      try {
        result = call.call();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error(op, "interrupted");
        return null;
      } catch (Exception e) {
        completed.incrementAndGet();
        error(op, e.toString());
        return null;
      }
      long t = System.nanoTime() - t0;
      completed.incrementAndGet();
      ANSWERS.incrementAndGet();
      if (result instanceof java.net.http.HttpResponse<?> r) {
        if (r.statusCode() == 403) {
          FORBIDDEN.incrementAndGet();
        }
        if (r.body() instanceof String body) {
          bytes.put(op, (long) body.length());
        } else if (r.body() instanceof byte[] body) {
          bytes.put(op, (long) body.length);
        }
      }
      if (!ok.test(result)) {
        error(op, describe(result));
        return null;
      }
      if (measuring) {
        long[] a = samples.computeIfAbsent(op, k -> new long[1024]);
        int n = sizes.getOrDefault(op, 0);
        if (n == a.length) {
          a = Arrays.copyOf(a, n * 2);
          samples.put(op, a);
        }
        a[n] = t;
        sizes.put(op, n + 1);
      }
      return result;
    }

    void error(String op, String what) {
      if (measuring) {
        errors.merge(op, 1L, Long::sum);
      }
      firstError.putIfAbsent(op, what.length() > 300 ? what.substring(0, 300) : what);
    }

    private static String describe(Object result) {
      if (result instanceof java.net.http.HttpResponse<?> r) {
        String body = r.body() instanceof String s ? s : "";
        body = body.replaceAll("\\s+", " ");
        return "HTTP " + r.statusCode() + " " + r.request().method() + " " + r.uri().getPath() + ": "
            + (body.length() > 200 ? body.substring(0, 200) : body);
      }
      return String.valueOf(result);
    }
  }

  /** The numbers of one operation at one concurrency. */
  record Stat(String op, int users, long count, long errors, double seconds, double p50, double p99, double mean, long bytes) {
    double perSecond() {
      return count / seconds;
    }
  }

  /** The result of one workload at one concurrency: per operation, plus "all" when there are several. */
  /**
   * {@code serverCpuMs} and {@code generatorCpuMs}: CPU time the server process and this load
   * generator used during the measured window (both share the machine's cores).
   */
  record Run(int users, double seconds, List<Stat> ops, Map<String, String> firstErrors, double serverCpuMs, double generatorCpuMs) {
    /** Server CPU per answered request: what a request costs, whatever the queueing. */
    double serverCpuPerRequest() {
      return total().count() == 0 ? 0 : serverCpuMs / total().count();
    }

    double generatorCpuPerRequest() {
      return total().count() == 0 ? 0 : generatorCpuMs / total().count();
    }

    Stat total() {
      return ops.get(0);
    }
  }

  /** The longest a warm-up or a measured window is stretched for slow requests. */
  private static final long CAP_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);

  /** Answers (good or bad) so far: during the warm-up all of them, while measuring those in the window. */
  private static long completed(List<Recorder> recorders) {
    return recorders.stream().mapToLong(r -> r.completed.get()).sum();
  }

  /** The server process's CPU time in ms so far (set by the harness; /proc/PID/stat). */
  static volatile java.util.function.DoubleSupplier serverCpu = () -> 0;

  private static double generatorCpu() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(0.0);
  }

  static Run run(Load.Workload workload, List<Vu> vus, int users, double warmupSeconds, double measureSeconds) throws Exception {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      steps.add(workload.prepare(vus.get(i)));
    }
    Map<String, String> firstErrors = new ConcurrentHashMap<>();
    List<Recorder> recorders = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(users);
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      Recorder rec = new Recorder(firstErrors);
      recorders.add(rec);
      Step step = steps.get(i);
      Thread t = Thread.ofPlatform().name("vu-" + i).daemon().start(() -> {
        try {
          while (!stop.get()) {
            try {
              step.run(rec);
            } catch (Exception e) {
              rec.error("step", e.toString());
              pause();
            }
          }
        } finally {
          done.countDown();
        }
      });
      threads.add(t);
    }
    // Slow requests (seconds each at 16 users) would leave a fixed window empty: the warm-up lasts
    // until every user had an answer, the window until it holds two answers per user, each within
    // a cap, so a slow workload costs time in proportion and still gets a median.
    long w0 = System.nanoTime();
    Thread.sleep((long) (warmupSeconds * 1000));
    while (completed(recorders) < users && System.nanoTime() - w0 < CAP_NANOS) {
      Thread.sleep(100);
    }
    recorders.forEach(r -> {
      r.completed.set(0);
      r.measuring = true;
    });
    long t0 = System.nanoTime();
    double server0 = serverCpu.getAsDouble();
    double generator0 = generatorCpu();
    Thread.sleep((long) (measureSeconds * 1000));
    while (completed(recorders) < 2L * users && System.nanoTime() - t0 < CAP_NANOS) {
      Thread.sleep(100);
    }
    recorders.forEach(r -> r.measuring = false);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double serverCpuMs = serverCpu.getAsDouble() - server0;
    double generatorCpuMs = generatorCpu() - generator0;
    stop.set(true);
    if (!done.await(300, java.util.concurrent.TimeUnit.SECONDS)) {
      throw new IllegalStateException("virtual users did not finish their last request within 300 s");
    }
    Map<String, long[]> merged = new TreeMap<>();
    Map<String, Long> errors = new TreeMap<>();
    Map<String, Long> bytes = new TreeMap<>();
    for (Recorder r : recorders) {
      bytes.putAll(r.bytes);
      r.samples.forEach((op, a) -> {
        long[] part = Arrays.copyOf(a, r.sizes.get(op));
        merged.merge(op, part, (x, y) -> {
          long[] z = Arrays.copyOf(x, x.length + y.length);
          System.arraycopy(y, 0, z, x.length, y.length);
          return z;
        });
      });
      r.errors.forEach((op, n) -> errors.merge(op, n, Long::sum));
    }
    List<Stat> stats = new ArrayList<>();
    long[] all = merged.values().stream().flatMapToLong(Arrays::stream).toArray();
    long allErrors = errors.values().stream().mapToLong(Long::longValue).sum();
    stats.add(stat("all", users, all, allErrors, seconds, bytes.values().stream().mapToLong(Long::longValue).max().orElse(0)));
    if (merged.size() > 1 || !errors.isEmpty() && !merged.keySet().containsAll(errors.keySet())) {
      java.util.Set<String> names = new java.util.TreeSet<>(merged.keySet());
      names.addAll(errors.keySet());
      for (String op : names) {
        stats.add(stat(op, users, merged.getOrDefault(op, new long[0]), errors.getOrDefault(op, 0L), seconds, bytes.getOrDefault(op, 0L)));
      }
    }
    return new Run(users, seconds, stats, Map.copyOf(firstErrors), serverCpuMs, generatorCpuMs);
  }

  /** After a failed step, so a broken set-up does not spin a core. */
  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Stat stat(String op, int users, long[] nanos, long errors, double seconds, long bytes) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    double p50 = s.length == 0 ? Double.NaN : s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.50))] / 1e6;
    double p99 = s.length == 0 ? Double.NaN : s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.99))] / 1e6;
    double mean = s.length == 0 ? Double.NaN : Arrays.stream(s).average().orElse(0) / 1e6;
    return new Stat(op, users, s.length, errors, seconds, p50, p99, mean, bytes);
  }
}
