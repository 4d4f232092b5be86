import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Closed-loop HTTP load: N virtual users each send GETs back to back for a fixed time after a
 * warm-up. Prints one Markdown table row per URL: throughput, p50, p99, errors.
 *
 *   java bench/src/Throughput.java USERS SECONDS WARMUP_SECONDS URL [URL ...]
 */
public class Throughput {

  record Result(String url, double perSecond, double p50, double p99, long errors, long requests) {}

  public static void main(String[] args) throws Exception {
    int users = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    System.out.println("| url | users | requests/s | p50 ms | p99 ms | errors |");
    System.out.println("|---|---|---|---|---|---|");
    for (int i = 3; i < args.length; i++) {
      run(args[i], users, warmup);
      Result r = run(args[i], users, seconds);
      System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %d |%n", r.url, users, r.perSecond, r.p50, r.p99, r.errors);
    }
  }

  static Result run(String url, int users, int seconds) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int u = 0; u < users; u++) {
      futures.add(pool.submit(() -> {
        long[] samples = new long[1 << 20];
        int n = 0;
        long errors = 0;
        while (running.get()) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
              errors++;
            }
          } catch (Exception e) {
            errors++;
          }
          if (n < samples.length) {
            samples[n++] = System.nanoTime() - t0;
          }
        }
        long[] out = Arrays.copyOf(samples, n + 1);
        out[n] = errors;
        return out;
      }));
    }
    Thread.sleep(seconds * 1000L);
    running.set(false);
    long elapsed = System.nanoTime() - start;
    List<Long> all = new ArrayList<>();
    long errors = 0;
    for (Future<long[]> f : futures) {
      long[] s = f.get();
      for (int i = 0; i < s.length - 1; i++) {
        all.add(s[i]);
      }
      errors += s[s.length - 1];
    }
    pool.shutdown();
    all.sort(Long::compare);
    double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
    double p99 = all.isEmpty() ? 0 : all.get((int) (all.size() * 0.99)) / 1e6;
    return new Result(url, all.size() / (elapsed / 1e9), p50, p99, errors, all.size());
  }
}
