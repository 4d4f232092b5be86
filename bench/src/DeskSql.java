import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What the desk's statements cost the database itself, on the database a harness run left behind
 * (bench/desk-sql.sh). The harness's desk workloads read nothing but the desk, and H2 hands back
 * the last result of a statement again while no table it reads has changed, so most of their
 * statements are answered from that result; in a newsroom every save changes the story table.
 * Here H2 is opened with that reuse off (OPTIMIZE_REUSE_RESULTS=FALSE, read-only), and each
 * statement is timed as the server's EclipseLink sends it, in the form before session 17 and in
 * the form since (the page's ids from the story table alone, then its lines; a filter's fixed
 * column leading the ordering; the whole desk's counts per state read from the table V16 keeps).
 * Needs a database at V16 or later. The statements are written out here; DeskPageQueryTest shows
 * EclipseLink sending the same ones.
 */
public final class DeskSql {

  private static final String LINE_COLUMNS =
      "t0.ID, t0.SLUG, t1.HEADLINE, t0.STATE, t0.REPORTER, t1.NUMBER, t1.WORD_COUNT, t0.UPDATED_AT,"
          + " t1.BYLINE_RAW, t1.PHOTO_PHOTOGRAPHER, t1.PHOTO_AGENCY, t1.PHOTO_DISTRIBUTOR";
  private static final String NEWEST = "t0.UPDATED_AT DESC, t0.ID DESC";

  private DeskSql() {}

  public static void main(String[] args) throws Exception {
    String dir = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String url = "jdbc:h2:file:" + dir + "/copydesk;ACCESS_MODE_DATA=r;OPTIMIZE_REUSE_RESULTS=FALSE;IFEXISTS=TRUE";
    try (Connection db = DriverManager.getConnection(url, "copydesk", "copydesk")) {
      long stories = single(db, "SELECT COUNT(*) FROM story");
      String state = text(db, "SELECT state FROM story GROUP BY state ORDER BY COUNT(*) DESC, state LIMIT 1 OFFSET 1");
      long inState = single(db, "SELECT COUNT(*) FROM story WHERE state = '" + state + "'");
      String reporter = text(db, "SELECT reporter FROM story GROUP BY reporter ORDER BY COUNT(*) DESC, reporter LIMIT 1");
      long byReporter = single(db, "SELECT COUNT(*) FROM story WHERE reporter = '" + reporter + "'");
      long last = Math.max(0, stories - 25);
      System.out.printf("H2 %s; %,d stories; state %s: %,d; reporter %s: %,d; median and 90th percentile of %d runs after 5 unmeasured%n%n",
          db.getMetaData().getDatabaseProductVersion(), stories, state, inState, reporter, byReporter, rounds);
      System.out.println("| desk statement | before: median, p90 | after: median, p90 |");
      System.out.println("|---|---|---|");
      compare(db, rounds, "first page",
          joined("1 = 1", NEWEST, 0), "1 = 1", NEWEST, 0);
      compare(db, rounds, "last page (offset " + last + ")",
          joined("1 = 1", NEWEST, last), "1 = 1", NEWEST, last);
      compare(db, rounds, "first page, state " + state,
          joined("t0.STATE = '" + state + "'", NEWEST, 0), "t0.STATE = '" + state + "'", "t0.STATE, " + NEWEST, 0);
      compare(db, rounds, "first page, reporter " + reporter,
          joined("t0.REPORTER = '" + reporter + "'", NEWEST, 0), "t0.REPORTER = '" + reporter + "'", "t0.REPORTER, " + NEWEST, 0);
      String counts = "SELECT t0.STATE, COUNT(t0.ID) FROM story t0 WHERE (1 = 1) GROUP BY t0.STATE";
      String kept = "SELECT state, stories FROM story_state_count";
      double[] c = time(db, rounds, () -> rows(db, counts));
      double[] k = time(db, rounds, () -> rows(db, kept));
      System.out.printf("| counts per state, whole desk (every full render of the desk; after: the counts V16 keeps) | %s | %s |%n", ms(c), ms(k));
      String theirs = "SELECT t0.STATE, COUNT(t0.ID) FROM story t0 WHERE ((1 = 1) AND ((t0.STATE <> 'DRAFT') OR (t0.REPORTER = '"
          + reporter + "'))) GROUP BY t0.STATE";
      String ownDrafts = "SELECT COUNT(t0.ID) FROM story t0 WHERE ((t0.STATE = 'DRAFT') AND (t0.REPORTER = '" + reporter + "'))";
      String keptOwn = "SELECT reporter, state, stories FROM reporter_state_count WHERE (reporter = '" + reporter + "')";
      double[] r = time(db, rounds, () -> rows(db, theirs));
      double[] o = time(db, rounds, () -> {
        rows(db, kept);
        rows(db, ownDrafts);
      });
      double[] ko = time(db, rounds, () -> {
        rows(db, kept);
        rows(db, keptOwn);
      });
      System.out.printf("| counts per state, reporter %s's desk (others' drafts hidden; after: the kept counts and her drafts) | %s | %s |%n",
          reporter, ms(r), ms(o));
      System.out.printf("| the same, her drafts from the counts kept per reporter (V17) | %s | %s |%n", ms(o), ms(ko));
      String stateTotal = "SELECT COUNT(ID) FROM story WHERE ((1 = 1) AND (state = '" + state + "'))";
      System.out.printf("| a page turn's total, state %s (before session 18: a count; after: the kept counts) | %s | %s |%n",
          state, ms(time(db, rounds, () -> rows(db, stateTotal))), ms(time(db, rounds, () -> rows(db, kept))));
      String theirTotal = "SELECT COUNT(ID) FROM story WHERE ((1 = 1) AND ((state <> 'DRAFT') OR (reporter = '" + reporter + "')))";
      System.out.printf("| a page turn's total, reporter %s's desk (before session 18: a count of what she may see; after: the kept counts) | %s | %s |%n",
          reporter, ms(time(db, rounds, () -> rows(db, theirTotal))), ms(ko));
      String hers = "SELECT t0.STATE, COUNT(t0.ID) FROM story t0 WHERE (t0.REPORTER = '" + reporter + "') GROUP BY t0.STATE";
      System.out.printf("| counts per state of reporter %s's stories (\"mine\", an editor's reporter filter; after: V17's) | %s | %s |%n",
          reporter, ms(time(db, rounds, () -> rows(db, hers))), ms(time(db, rounds, () -> rows(db, keptOwn))));
    }
  }

  /** The page in one statement, as before: the lines joined to the revision, ordered and cut. */
  private static String joined(String where, String order, long offset) {
    return "SELECT " + LINE_COLUMNS + " FROM story t0, revision t1 WHERE ((" + where + ") AND (t1.ID = t0.CURRENT_REVISION_ID))"
        + " ORDER BY " + order + " LIMIT 25 OFFSET " + offset;
  }

  private static void compare(Connection db, int rounds, String label, String before, String where, String order, long offset)
      throws SQLException {
    String ids = "SELECT t0.ID FROM story t0 WHERE (" + where + ") ORDER BY " + order + " LIMIT 25 OFFSET " + offset;
    double[] b = time(db, rounds, () -> rows(db, before));
    double[] a = time(db, rounds, () -> {
      List<String> page = column(db, ids);
      StringJoiner in = new StringJoiner(",");
      page.forEach(in::add);
      rows(db, "SELECT " + LINE_COLUMNS + " FROM story t0, revision t1 WHERE ((t0.ID IN (" + in + ")) AND (t1.ID = t0.CURRENT_REVISION_ID))");
    });
    System.out.printf("| %s | %s | %s |%n", label, ms(b), ms(a));
  }

  private interface Work {
    void run() throws SQLException;
  }

  private static double[] time(Connection db, int rounds, Work work) throws SQLException {
    for (int i = 0; i < 5; i++) {
      work.run();
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[rounds / 2], ms[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.9) - 1)]};
  }

  private static String ms(double[] medianAndP90) {
    return String.format("%.2f ms, %.2f ms", medianAndP90[0], medianAndP90[1]);
  }

  /** Prepared once per text, as the server's statement cache and H2's query cache keep them. */
  private static final Map<String, PreparedStatement> PREPARED = new HashMap<>();

  private static ResultSet query(Connection db, String sql) throws SQLException {
    PreparedStatement s = PREPARED.get(sql);
    if (s == null) {
      s = db.prepareStatement(sql);
      PREPARED.put(sql, s);
    }
    return s.executeQuery();
  }

  private static int rows(Connection db, String sql) throws SQLException {
    try (ResultSet rs = query(db, sql)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  private static List<String> column(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = query(db, sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private static long single(Connection db, String sql) throws SQLException {
    return Long.parseLong(text(db, sql));
  }

  private static String text(Connection db, String sql) throws SQLException {
    List<String> values = column(db, sql);
    return values.isEmpty() ? "0" : values.get(0);
  }
}
