import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Copydesk on Payara Micro, started as `mvn -Prun` starts it (same options: --nocluster, context
 * root /, -Dh2.baseDir, -Dcopydesk.demo=true and its memory settings, from Payara Micro's launcher)
 * but with `java -jar` on the launcher so the process is ours to time and to measure, and with the
 * baseline WAR deployed beside it at /baseline.
 */
final class Server {

  /**
   * The memory settings of the run profile in pom.xml (mvn -Prun), so the benchmark measures the
   * server as the README starts it.
   */
  static final List<String> RUN_OPTIONS =
      List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m", "-Xss512k",
          "-XX:SurvivorRatio=3", "-XX:TargetSurvivorRatio=80", "-XX:SweeperThreshold=50", "-XX:MetaspaceSize=96m",
          "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=2000");


  /**
   * Deep enough stacks for the JFR profile to reach Copydesk's frames below Faces and EclipseLink;
   * costs nothing while no recording runs. It adds the jdk.jfr module, so building the
   * ahead-of-time cache needs it too: a cache built without it is refused ("Mismatched values for
   * property jdk.module.addmods") and the start runs without the cache's linked classes.
   */
  static final String JFR_OPTION = "-XX:FlightRecorderOptions:stackdepth=1024";

  /**
   * JDK 25's ahead-of-time cache, kept as the run profile keeps it (copydesk.aot in the launcher's folder, built from
   * the record of the first start, see pom.xml): a start records while there is no cache and uses
   * it once {@link #buildAotCache} has built it.
   */
  Path aotConf;
  Path aotCache;

  final Path java;
  final Path microJar;
  /**
   * The folder Payara Micro's launcher runs in, made from {@link #microJar} as the run profile's
   * payara-launcher step makes it (pom.xml): Payara's runtime jars on the class path, so the
   * ahead-of-time cache holds Payara's classes too.
   */
  final Path microRoot;
  final Path war;
  final Path baselineWar;
  final Path data;
  final Path logs;
  final int port;
  private Process process;
  private int starts;

  Server(Path java, Path microJar, Path microRoot, Path war, Path baselineWar, Path data, Path logs, int port) {
    this.java = java;
    this.microJar = microJar;
    this.microRoot = microRoot;
    this.war = war;
    this.baselineWar = baselineWar;
    this.data = data;
    this.logs = logs;
    this.port = port;
  }

  String base() {
    return "http://localhost:" + port;
  }

  /**
   * Milliseconds from launching the JVM to the first 200 of the public front page (and of the
   * baseline WAR), with what Payara's log says: Copydesk's deployment time and "ready in".
   */
  record Started(long firstPageMillis, long baselineMillis, String payaraSays) {}

  Started start(String label) throws IOException, InterruptedException {
    return start(label, true);
  }

  /** Without the baseline WAR: Copydesk alone, as the README's mvn -Prun starts it (for the cold start). */
  /** The garbage collector's log of the running server (-Xlog:gc). */
  Path gcLog;

  /** Lines in the collector's log so far: a mark to read the pauses after it. */
  long gcMark() throws IOException {
    try (var lines = Files.lines(gcLog)) {
      return lines.count();
    }
  }

  /** Pauses after a mark: young and full collections, their number, longest and total time. */
  record Pauses(int young, double youngLongestMs, int full, double fullLongestMs, double totalMs, List<String> fullCauses) {}

  Pauses pausesSince(long mark) throws IOException {
    Pattern pause = Pattern.compile("Pause (Young|Full) \\(([^)]*)\\).* ([\\d.]+)ms$");
    int young = 0;
    int full = 0;
    double youngMax = 0;
    double fullMax = 0;
    double total = 0;
    List<String> causes = new ArrayList<>();
    try (var lines = Files.lines(gcLog)) {
      for (String line : (Iterable<String>) lines.skip(mark)::iterator) {
        Matcher m = pause.matcher(line);
        if (m.find()) {
          double ms = Double.parseDouble(m.group(3));
          total += ms;
          if (m.group(1).equals("Young")) {
            young++;
            youngMax = Math.max(youngMax, ms);
          } else {
            full++;
            fullMax = Math.max(fullMax, ms);
            causes.add(m.group(2));
          }
        }
      }
    }
    return new Pauses(young, youngMax, full, fullMax, total, causes);
  }

  Started start(String label, boolean withBaseline) throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("server already running");
    }
    starts++;
    Files.createDirectories(data);
    Files.createDirectories(logs);
    Path launcher = launcher();
    List<String> cmd = new ArrayList<>(List.of(
        java.toString(),
        "-Dh2.baseDir=" + data.toAbsolutePath(),
        "-Dcopydesk.demo=true",
        "-Djava.io.tmpdir=" + logs.toAbsolutePath(),
        JFR_OPTION));
    cmd.addAll(bootProperties());
    cmd.addAll(RUN_OPTIONS);
    boolean usesAotCache = aotCache != null && Files.exists(aotCache);
    if (usesAotCache) {
      cmd.addAll(List.of("-XX:AOTMode=auto", "-XX:AOTCache=" + aotCache.toAbsolutePath()));
    } else if (aotConf != null) {
      cmd.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + aotConf.toAbsolutePath()));
    }
    // BENCH_SERVER_OPTS: extra JVM options, to measure a proposed setting (e.g. -Xmx512m).
    for (String opt : System.getProperty("bench.serverOpts", "").strip().split("\\s+")) {
      if (!opt.isEmpty()) {
        cmd.add(opt);
      }
    }
    cmd.addAll(List.of(
        "-jar", launcher.toString(),
        "--nocluster",
        "--port", Integer.toString(port),
        "--deploy", war.toAbsolutePath() + ":/"));
    if (withBaseline) {
      cmd.addAll(List.of("--deploy", baselineWar.toAbsolutePath() + ":/baseline"));
    }
    Path log = logs.resolve("server-" + starts + "-" + label + ".log");
    // The collector's pauses, for the report: a full collection stops every request at once.
    gcLog = logs.resolve("gc-" + starts + "-" + label + ".log").toAbsolutePath();
    cmd.add(cmd.indexOf("-jar"), "-Xlog:gc:file=" + gcLog);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long t0 = System.nanoTime();
    process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long firstPage = waitFor(http, "/", t0, log);
    // A cache the JVM refuses is only a line in the log, and the start then measures no cache.
    if (usesAotCache) {
      try (var lines = Files.lines(log)) {
        lines.filter(l -> l.contains("[error][aot]")).findFirst().ifPresent(l -> {
          throw new IllegalStateException("the server refused the ahead-of-time cache: " + l);
        });
      }
    }
    long baseline = withBaseline ? waitFor(http, "/baseline/servlet", t0, log) : 0;
    return new Started(firstPage, baseline, payaraSays(log));
  }

  /**
   * Payara Micro's launcher, unpacked once from the jar (--outputlauncher), in a folder reset to
   * its unpacked state before each start: Payara keeps what a run deployed there (domain.xml,
   * applications/, generated/) and would deploy it again beside this start's WARs.
   */
  private Path launcher() throws IOException, InterruptedException {
    Path pristine = microRoot.resolve("config.pristine");
    if (!Files.exists(pristine.resolve("domain.xml"))) {
      Harness.deleteTree(microRoot);
      Path log = logs.resolve("launcher.log");
      Process p = new ProcessBuilder(java.toString(), "-jar", microJar.toString(), "--rootdir", microRoot.toString(), "--outputlauncher")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("Payara Micro's launcher was not made within 5 minutes, see " + log);
      }
      if (p.exitValue() != 0 || !Files.exists(microRoot.resolve("launch-micro.jar"))) {
        throw new IllegalStateException("Payara Micro's launcher was not made, see " + log);
      }
      copyTree(microRoot.resolve("config"), pristine);
    }
    for (String instanceState : List.of("applications", "generated", "config")) {
      Harness.deleteTree(microRoot.resolve(instanceState));
    }
    copyTree(pristine, microRoot.resolve("config"));
    return microRoot.resolve("launch-micro.jar");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  /**
   * The system properties payara-micro.jar sets from its payara-boot.properties and the launcher
   * does not (among them the authorization provider, without which Copydesk does not deploy); the
   * run profile passes them as an argument file made from the same entry.
   */
  private List<String> bootProperties() throws IOException {
    try (var jar = new java.util.zip.ZipFile(microJar.toFile())) {
      var entry = jar.getEntry("MICRO-INF/payara-boot.properties");
      if (entry == null) {
        throw new IllegalStateException(microJar + " has no MICRO-INF/payara-boot.properties");
      }
      String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
      return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> "-D" + l).toList();
    }
  }

  private static String payaraSays(Path log) throws IOException {
    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    List<String> parts = new ArrayList<>();
    Matcher deployed = Pattern.compile("copydesk was successfully deployed in ([\\d,]+) milliseconds").matcher(text);
    if (deployed.find()) {
      parts.add("Copydesk deployed in " + deployed.group(1) + " ms");
    }
    Matcher ready = Pattern.compile("ready in ([\\d,]+) \\(ms\\)").matcher(text);
    if (ready.find()) {
      parts.add("Payara ready in " + ready.group(1) + " ms");
    }
    return String.join(", ", parts);
  }

  private long waitFor(HttpClient http, String path, long t0, Path log) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10)).build();
    String last = "no answer";
    while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(300)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited while starting; see " + log);
      }
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return (System.nanoTime() - t0) / 1_000_000;
        }
        last = "last answer " + status;
      } catch (IOException notYet) {
        // connection refused until the listener is up: keep polling
        last = notYet.toString();
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException(path + " did not answer 200 within 300 s (" + last + "); see " + log);
  }

  /** CPU time (user and system) the server process used so far, in ms, from /proc/PID/stat. */
  double cpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
      // Fields after the command name, which is in parentheses and may hold spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
      return ticks * 1000.0 / CLOCK_TICKS;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read the server's CPU time", e);
    }
  }

  /** USER_HZ: 100 on Linux for every architecture this runs on. */
  private static final double CLOCK_TICKS = 100;

  long pid() {
    return process.pid();
  }

  /** A value in kB from /proc/PID/status, e.g. VmHWM (peak resident set) or VmRSS. */
  long status(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException(field + " not in /proc/" + pid() + "/status");
  }

  /** Runs a jcmd command against the server JVM; answers its output. */
  String jcmd(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.getParent().resolve("jcmd").toString());
    cmd.add(Long.toString(pid()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out;
  }

  /**
   * Builds the ahead-of-time cache from the record a stopped server wrote, with the options the
   * run profile's aot-cache step uses; the milliseconds it took.
   */
  long buildAotCache() throws IOException, InterruptedException {
    List<String> cmd = List.of(java.toString(), JFR_OPTION, "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=96m",
        "-XX:AOTMode=create", "-XX:AOTConfiguration=" + aotConf.toAbsolutePath(), "-XX:AOTCache=" + aotCache.toAbsolutePath(),
        "-jar", microRoot.resolve("launch-micro.jar").toString());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve("aot-cache.log").toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(aotCache)
        || Files.readString(logs.resolve("aot-cache.log")).contains("[error]")) {
      throw new IllegalStateException("building the AOT cache failed, see " + logs.resolve("aot-cache.log"));
    }
    Files.delete(aotConf);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
  }

  /** SIGTERM, as Ctrl-C would; Payara shuts down cleanly and H2 closes its file. */
  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    process = null;
  }
}
