import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a JFR recording (execution samples): by the library of the
 * running method, and by the Copydesk method on the stack nearest to it (inclusive time).
 */
final class Profile {

  /**
   * @param waits milliseconds request threads spent blocked on a monitor or parked, by the class
   *     of the lock or of the object they parked on (lock contention)
   */
  record Summary(String label, long samples, Map<String, Long> byLibrary, Map<String, Long> byCopydeskMethod, Map<String, Long> waits, String gc) {}

  private static final List<String[]> LIBRARIES = List.of(
      new String[] {"org.h2.", "H2 database"},
      new String[] {"org.eclipse.persistence.", "EclipseLink"},
      new String[] {"org.primefaces.", "PrimeFaces"},
      new String[] {"com.sun.faces.", "Mojarra (Faces)"},
      new String[] {"jakarta.faces.", "Mojarra (Faces)"},
      new String[] {"org.copydesk.", "Copydesk"},
      new String[] {"org.owasp.", "OWASP sanitiser"},
      new String[] {"com.github.difflib.", "java-diff-utils"},
      new String[] {"org.jboss.weld.", "Weld (CDI)"},
      new String[] {"org.glassfish.", "Payara/GlassFish"},
      new String[] {"com.sun.enterprise.", "Payara/GlassFish"},
      new String[] {"fish.payara.", "Payara/GlassFish"},
      new String[] {"org.apache.catalina.", "Payara/GlassFish"},
      new String[] {"com.sun.el.", "Expression Language"},
      new String[] {"org.glassfish.expressly.", "Expression Language"},
      new String[] {"java.", "JDK"},
      new String[] {"jdk.", "JDK"},
      new String[] {"sun.", "JDK"});

  private Profile() {}

  static Summary summarise(String label, Path jfr) throws IOException {
    Map<String, Long> libraries = new LinkedHashMap<>();
    Map<String, Long> methods = new LinkedHashMap<>();
    Map<String, Long> waits = new LinkedHashMap<>();
    long samples = 0;
    long gcs = 0;
    long gcMillis = 0;
    long gcLongest = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.GarbageCollection")) {
        gcs++;
        gcMillis += e.getDuration().toMillis();
        gcLongest = Math.max(gcLongest, e.getDuration().toMillis());
        continue;
      }
      if ((type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark")) && e.getThread() != null
          && e.getThread().getJavaName() != null && e.getThread().getJavaName().startsWith("http-thread-pool")) {
        var cls = type.equals("jdk.JavaMonitorEnter") ? e.getClass("monitorClass") : e.getClass("parkedClass");
        String what = (type.equals("jdk.JavaMonitorEnter") ? "monitor " : "park ") + (cls == null ? "?" : cls.getName());
        waits.merge(what, e.getDuration().toMillis(), Long::sum);
        continue;
      }
      if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      libraries.merge(library(frames.get(0).getMethod().getType().getName()), 1L, Long::sum);
      String copydesk = "(no Copydesk method on the stack)";
      for (RecordedFrame f : frames) {
        String frameType = f.getMethod().getType().getName();
        if (frameType.startsWith("org.copydesk.")) {
          copydesk = frameType.substring("org.copydesk.".length()) + "." + f.getMethod().getName();
          break;
        }
      }
      methods.merge(copydesk, 1L, Long::sum);
    }
    String gc = String.format("%d collections, %.1f s in total, longest %d ms", gcs, gcMillis / 1000.0, gcLongest);
    return new Summary(label, samples, sorted(libraries), sorted(methods), sorted(waits), gc);
  }

  private static String library(String type) {
    for (String[] l : LIBRARIES) {
      if (type.startsWith(l[0])) {
        return l[1];
      }
    }
    return "other";
  }

  private static Map<String, Long> sorted(Map<String, Long> m) {
    return m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }
}
