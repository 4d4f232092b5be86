package org.copydesk.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's Arquillian adapter (4.0.alpha4) with two things it leaves out.
 *
 * <p>It stops a test class's server with a bare {@code Process.destroy()} and starts the next
 * class's at once, so two servers overlapped on two cores and one database. Here a stopped server
 * has exited before the next starts (forcibly after {@link #EXIT_WAIT}).
 *
 * <p>When a server does not report its deployment within the start-up limit, the adapter fails
 * the class with "No applications were found deployed", says nothing of why, and leaves the hung
 * process running. That happened twice in CI on PostgreSQL (2026-12-05, FactCheckIT; 2026-12-07,
 * AccessibilityBrowserIT, after 240 s) and not when run again. Here the server's output and a
 * thread dump are written to {@code target/payara-startup-failures/}, the process is killed, and
 * the start is tried once more; when that fails too, the exception carries the output's end.
 * The adapter's output scanner for the first try keeps running after it gave up and copies that
 * try's output into the field the second try parses every 200 ms; the second try reads the field
 * right after its own scanner wrote it, so only a copy landing in those microseconds would fail it.
 */
public class PayaraMicroTestServer extends PayaraMicroDeployableContainer {

  static final Duration EXIT_WAIT = Duration.ofSeconds(60);
  private static final int OUTPUT_LINES_IN_MESSAGE = 25;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    Instant started = Instant.now();
    try {
      return super.deploy(archive);
    } catch (DeploymentException first) {
      Process hung = process();
      Path report = report(archive.getName(), started, hung);
      stopAndWait(hung, Duration.ZERO);
      System.out.println("Payara Micro did not start " + archive.getName() + " (" + first.getMessage()
          + "); its output and threads are in " + report + "; starting it once more");
      try {
        return super.deploy(archive);
      } catch (DeploymentException second) {
        Process again = process();
        Path secondReport = report(archive.getName(), started, again);
        stopAndWait(again, Duration.ZERO);
        second.addSuppressed(first);
        throw new DeploymentException(second.getMessage() + " Twice; the first server's output and threads are in "
            + report + ", the second's in " + secondReport + ". The second's last lines:\n" + tail(output()), second);
      }
    }
  }

  @Override
  public void undeploy(Archive<?> archive) throws DeploymentException {
    Process server = process();
    super.undeploy(archive);
    stopAndWait(server, EXIT_WAIT);
  }

  /** Waits up to {@code grace} for a server asked to stop, then kills it and waits for that. */
  private static void stopAndWait(Process server, Duration grace) {
    if (server == null) {
      return;
    }
    try {
      if (!grace.isZero()) {
        server.destroy();
        if (server.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
        System.out.println("Payara Micro (pid " + server.pid() + ") did not exit within " + grace + " of being stopped; killing it");
      }
      server.descendants().forEach(ProcessHandle::destroyForcibly);
      server.destroyForcibly();
      if (!server.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("Payara Micro (pid " + server.pid() + ") survived being killed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Payara Micro to exit", e);
    }
  }

  /** The server's output so far and, while it runs, its threads, in a file of their own. */
  private Path report(String archiveName, Instant started, Process server) {
    StringBuilder text = new StringBuilder()
        .append("Deployment of ").append(archiveName).append(" started ").append(started)
        .append(", failed ").append(Instant.now()).append('\n');
    if (server == null) {
      text.append("No server process was started.\n");
    } else if (server.isAlive()) {
      text.append("Server pid ").append(server.pid()).append(" still running. Threads:\n").append(threads(server.pid()));
    } else {
      text.append("Server pid ").append(server.pid()).append(" exited with ").append(server.exitValue()).append('\n');
    }
    text.append("\nServer output:\n").append(output());
    try {
      Path folder = Path.of(System.getProperty("java.io.tmpdir"), "payara-startup-failures");
      Files.createDirectories(folder);
      Path file = folder.resolve(archiveName + "-" + started.toEpochMilli() + "-" + System.nanoTime() + ".txt");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the failed start's report", e);
    }
  }

  private static String threads(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
          .redirectErrorStream(true).start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
        try {
          return dump.getInputStream().readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (!dump.waitFor(30, TimeUnit.SECONDS)) {
        dump.destroyForcibly();
        return "(jcmd gave no thread dump within 30 s)\n";
      }
      return new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    } catch (IOException | ExecutionException | TimeoutException e) {
      return "(no thread dump: " + e + ")\n";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted while taking the thread dump)\n";
    }
  }

  static String tail(String output) {
    List<String> lines = output.replaceAll("\u001B\\[[0-9;]*m", "").lines().filter(line -> !line.isBlank()).toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_LINES_IN_MESSAGE), lines.size()));
  }

  private Process process() {
    return (Process) field("payaraMicroProcess");
  }

  private String output() {
    Object log = field("log");
    return log == null ? "" : (String) log;
  }

  /** The adapter keeps the process and its output in private fields and offers no accessor. */
  private Object field(String name) {
    try {
      Field field = PayaraMicroDeployableContainer.class.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Payara Micro's adapter has no field " + name + " any more", e);
    }
  }
}
