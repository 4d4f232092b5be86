import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL statements per request, read from H2's own statistics through the probe servlet of the
 * baseline WAR (see bench/baseline). H2 counts every statement any connection executes, so the
 * background work of the server (the scheduled-publication poller asks every second) is measured
 * on its own first, while nothing else runs, and subtracted at its rate.
 */
final class SqlCount {

  record Statement(String sql, double perRequest, double msPerRequest) {}

  record Result(String workload, int requests, double statements, double transactionControl, double ms, List<Statement> top) {}

  private final Vu probe;
  private Map<String, double[]> idlePerSecond = Map.of();

  SqlCount(String base) {
    this.probe = new Vu(-1, base);
  }

  /** Learns the idle rate of every statement the server sends by itself. */
  void learnBackground(double seconds) throws Exception {
    reset();
    long t0 = System.nanoTime();
    Thread.sleep((long) (seconds * 1000));
    Map<String, double[]> snap = snapshot();
    double s = (System.nanoTime() - t0) / 1e9;
    Map<String, double[]> rates = new HashMap<>();
    snap.forEach((sql, v) -> rates.put(sql, new double[] {v[0] / s, v[1] / s}));
    idlePerSecond = rates;
  }

  Result measure(String label, Load.Workload workload, Vu vu, int requests) throws Exception {
    Load.Step step = workload.prepare(vu);
    Map<String, String> errors = new java.util.concurrent.ConcurrentHashMap<>();
    Load.Recorder rec = new Load.Recorder(errors);
    for (int i = 0; i < 3; i++) {
      step.run(rec);
    }
    reset();
    long t0 = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      step.run(rec);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, double[]> snap = snapshot();
    if (!errors.isEmpty()) {
      // A failed request sends fewer statements; say so rather than lose the phase.
      Harness.log("errors while counting the SQL of " + label + " (counts may be low): " + errors);
    }
    double statements = 0;
    double control = 0;
    double ms = 0;
    List<Statement> all = new ArrayList<>();
    for (var e : snap.entrySet()) {
      double[] idle = idlePerSecond.getOrDefault(e.getKey(), new double[2]);
      double count = Math.max(0, e.getValue()[0] - idle[0] * seconds) / requests;
      double time = Math.max(0, e.getValue()[1] - idle[1] * seconds) / requests;
      if (count < 0.05) {
        continue;
      }
      String sql = e.getKey();
      if (sql.equals("COMMIT") || sql.equals("ROLLBACK")) {
        control += count;
      } else {
        statements += count;
        ms += time;
        all.add(new Statement(sql, count, time));
      }
    }
    all.sort(Comparator.comparingDouble(Statement::msPerRequest).reversed());
    return new Result(label, requests, statements, control, ms, all);
  }

  /** Switches H2's statistics off again: each statement takes a lock to update them. */
  void off() throws Exception {
    var r = probe.get("/baseline/probe/sql?off");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SQL probe answered " + r.statusCode() + ": " + r.body());
    }
  }

  void reset() throws Exception {
    var r = probe.get("/baseline/probe/sql?reset");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SQL probe reset answered " + r.statusCode() + ": " + r.body());
    }
  }

  /** Statement text to {executions, total ms}, without the probe's own statements. */
  Map<String, double[]> snapshot() throws Exception {
    var r = probe.get("/baseline/probe/sql");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SQL probe answered " + r.statusCode() + ": " + r.body());
    }
    Map<String, double[]> out = new HashMap<>();
    for (String line : r.body().split("\n")) {
      String[] f = line.split("\t", 3);
      if (f.length < 3 || f[2].contains("QUERY_STATISTICS")) {
        continue;
      }
      out.merge(f[2], new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])},
          (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
    }
    return out;
  }

  /** Stored bytes of one story by table: {rows, bytes}. */
  Map<String, long[]> storyBytes(long story) throws Exception {
    var r = probe.get("/baseline/probe/sql?bytes=" + story);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("SQL probe answered " + r.statusCode() + ": " + r.body());
    }
    Map<String, long[]> out = new java.util.LinkedHashMap<>();
    for (String line : r.body().split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 3) {
        out.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return out;
  }
}
