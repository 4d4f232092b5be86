package org.copydesk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Copydesk instance: a Payara Micro process of its own (not Arquillian, which starts one server
 * per test class and cannot kill it), started with the JDK that runs the tests, logging to a file.
 * Clustering is off ({@code --nocluster}): everything the instances share is in the database (see
 * config/cluster/README.md).
 */
final class Instance implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private Instance(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static Instance start(String name, int port, Path microJar, Path war, Path work) throws IOException {
    Path root = work.resolve(name);
    Files.createDirectories(root.resolve("tmp"));
    Path log = work.resolve(name + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-Djava.io.tmpdir=" + root.resolve("tmp"),
        // Demo users and stories: created by the first instance in the empty database.
        "-Dcopydesk.demo=true",
        "-jar", microJar.toString(),
        "--nocluster",
        "--name", name,
        "--port", Integer.toString(port),
        "--rootdir", root.toString(),
        "--deploy", war.toString(),
        "--contextroot", "/"));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new Instance(name, port, log, process);
  }

  String name() {
    return name;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  Path log() {
    return log;
  }

  /**
   * Waits until the sign-in page answers. The limit only guards against a server that never comes
   * up; it measures nothing. When the server does not come up, the failure says why in the test
   * report itself (CI keeps only the console): the last answer, the log's errors and its last
   * lines, and where a thread dump of the stuck process was written.
   */
  void awaitReady(Duration limit) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + limit.toNanos();
    String lastAnswer = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + diagnosis(lastAnswer, false));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base().resolve("login.xhtml")).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
        lastAnswer = "HTTP " + r.statusCode();
      } catch (IOException notYet) {
        // Not listening yet, or still deploying: the next round tells.
        lastAnswer = notYet.toString();
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not answer within " + limit + diagnosis(lastAnswer, true));
  }

  private String diagnosis(String lastAnswer, boolean threadDump) {
    StringBuilder why = new StringBuilder("; last answer: ").append(lastAnswer).append("; log: ").append(log);
    if (threadDump) {
      why.append("; ").append(dumpThreads());
    }
    List<String> lines;
    try {
      // Without the terminal colours Payara puts around levels and logger names.
      lines = logText().replaceAll("\u001B\\[[0-9;]*m", "").lines().map(l -> l.length() > 400 ? l.substring(0, 400) + " ..." : l).toList();
    } catch (UncheckedIOException e) {
      return why.append("; the log cannot be read: ").append(e.getCause()).toString();
    }
    List<String> errors = lines.stream()
        .filter(l -> l.contains("SEVERE") || l.contains("Exception") || l.contains("Caused by"))
        .limit(40)
        .toList();
    why.append("\n--- first errors in the log ---\n").append(String.join("\n", errors));
    why.append("\n--- last lines of the log ---\n").append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
    return why.toString();
  }

  /** A thread dump of the server, next to its log: what a stuck deployment waits for. */
  private String dumpThreads() {
    Path dump = log.resolveSibling(name + "-threads.txt");
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
          .redirectErrorStream(true)
          .redirectOutput(dump.toFile())
          .start();
      if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "the thread dump did not finish in 30 s: " + dump;
      }
      String threads = Files.readString(dump, java.nio.charset.StandardCharsets.UTF_8);
      // The main thread is the one that deploys; its stack is the short answer.
      int main = threads.indexOf("\"main\"");
      String mainStack = main < 0 ? "" : threads.substring(main, Math.min(threads.length(), threads.indexOf("\n\n", main) < 0 ? threads.length() : threads.indexOf("\n\n", main)));
      return "thread dump: " + dump + "\n--- main thread ---\n" + mainStack;
    } catch (IOException e) {
      return "no thread dump (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "thread dump interrupted";
    }
  }

  /** The instance dies as in a crash or an out-of-memory kill: SIGKILL, nothing is shut down cleanly. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  String logText() {
    try {
      // Decoded leniently: a server log is not guaranteed to be valid UTF-8 throughout.
      return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
