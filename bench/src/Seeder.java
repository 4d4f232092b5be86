import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads bench data straight into the H2 file while Copydesk is stopped (H2 allows one process on
 * a file), running the SQL scripts in bench/sql with ${NAME} replaced. The 3,000-word body is the
 * demo newsroom's long feature (src/main/resources/demo/stories/06.txt), put into a scratch table
 * bench_text for the scripts to copy.
 */
final class Seeder {

  private final Path data;
  private final Path sqlDir;

  Seeder(Path data, Path sqlDir) {
    this.data = data;
    this.sqlDir = sqlDir;
  }

  /** The paragraphs (block elements, one per line in the demo file) of the 3,000-word body. */
  static List<String> longBody(Path repo) throws IOException {
    List<String> lines = Files.readAllLines(repo.resolve("src/main/resources/demo/stories/06.txt"));
    int start = lines.indexOf("");
    List<String> blocks = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (!line.isBlank()) {
        blocks.add(line.strip());
      }
    }
    return blocks;
  }

  void run(List<String> body, String script, Map<String, String> vars) throws IOException, SQLException {
    String sql = Files.readString(sqlDir.resolve(script));
    for (var e : vars.entrySet()) {
      sql = sql.replace("${" + e.getKey() + "}", e.getValue());
    }
    try (Connection db = DriverManager.getConnection(
            "jdbc:h2:file:" + data.toAbsolutePath() + "/copydesk;IFEXISTS=TRUE", "copydesk", "copydesk")) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("CREATE LOCAL TEMPORARY TABLE bench_text (pos INT PRIMARY KEY, content VARCHAR(200000))");
      }
      try (PreparedStatement ins = db.prepareStatement("INSERT INTO bench_text VALUES (?, ?)")) {
        for (int i = 0; i < body.size(); i++) {
          ins.setInt(1, i);
          ins.setString(2, body.get(i));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      try (Statement s = db.createStatement()) {
        for (String statement : statements(sql)) {
          s.execute(statement);
        }
        for (String statement : statements(Files.readString(sqlDir.resolve("recount.sql")))) {
          s.execute(statement);
        }
      }
      db.commit();
      // Fresh statistics for the optimizer, as a database that grew over time has them; without
      // this, H2 plans the first queries after a bulk load on stale row counts.
      try (Statement s = db.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }

  /** The script's statements: split at semicolons that end a line; lines starting with -- are comments. */
  private static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
