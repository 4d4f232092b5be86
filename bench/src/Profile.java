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

  record Summary(long samples, Map<String, Long> byLibrary, Map<String, Long> byCopydeskMethod) {}

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

  static Summary summarise(Path jfr) throws IOException {
    Map<String, Long> libraries = new LinkedHashMap<>();
    Map<String, Long> methods = new LinkedHashMap<>();
    long samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
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
        String type = f.getMethod().getType().getName();
        if (type.startsWith("org.copydesk.")) {
          copydesk = type.substring("org.copydesk.".length()) + "." + f.getMethod().getName();
          break;
        }
      }
      methods.merge(copydesk, 1L, Long::sum);
    }
    return new Summary(samples, sorted(libraries), sorted(methods));
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
