import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the JMH micro-benchmarks of bench/jmh (built by bench/run.sh, which also writes their
 * class path) in their own JVMs while no server runs, and answers a Markdown table.
 */
final class Jmh {

  private Jmh() {}

  static String run(Path repo, Path work, boolean quick) throws IOException, InterruptedException {
    Path cpFile = work.resolve("jmh.classpath");
    if (!Files.exists(cpFile)) {
      return "JMH was not built (no " + cpFile + "); run bench/run.sh.";
    }
    Path csv = work.resolve("jmh.csv");
    Files.deleteIfExists(csv);
    String java = ProcessHandle.current().info().command().orElseThrow();
    String cp = repo.resolve("bench/jmh/target/classes") + ":" + Files.readString(cpFile).strip();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", cp, "org.openjdk.jmh.Main", "-rf", "csv", "-rff", csv.toString()));
    if (quick) {
      cmd.addAll(List.of("-f", "1", "-wi", "1", "-w", "1s", "-i", "2", "-r", "1s"));
    }
    Harness.log("JMH micro-benchmarks");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("logs/jmh.log").toFile()).start();
    if (p.waitFor() != 0 || !Files.exists(csv)) {
      return "JMH failed; see target/bench/logs/jmh.log.";
    }
    StringBuilder out = new StringBuilder("| benchmark | mode | score | ± (99.9%) | unit |\n|---|---|---|---|---|\n");
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      // Benchmark, Mode, Threads, Samples, Score, Score Error (99.9%), Unit[, Param...]
      out.append(String.format("| %s | %s | %.3f | %s | %s |%n", f[0].replaceFirst("^org\\.copydesk\\.bench\\.", ""), f[1],
          Double.parseDouble(f[4]), f[5].equals("NaN") ? "" : String.format("%.3f", Double.parseDouble(f[5])), f[6]));
    }
    return out.toString();
  }
}
