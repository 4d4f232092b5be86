package org.copydesk.bench.baseline;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Benchmark instrument, not a baseline: counts the SQL statements Copydesk sends to its H2
 * database, without any change to Copydesk. H2 is loaded by Payara Micro's own class loader
 * (Copydesk's WAR copy is never used there), so a connection opened here to the same file joins
 * the database Copydesk has open in this JVM, and H2's QUERY_STATISTICS counts every statement
 * executed by any connection. Only fixed commands, read-only apart from the statistics switch.
 *
 *   GET /baseline/probe/sql?reset       switch the statistics off and on (which empties them)
 *   GET /baseline/probe/sql?off         switch them off (they cost a lock per statement)
 *   GET /baseline/probe/sql             one line per statement: executions TAB total ms TAB SQL
 *   GET /baseline/probe/sql?bytes=ID    stored bytes of story ID, per table (TSV)
 */
@WebServlet("/probe/sql")
public class SqlProbeServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private Connection connect() throws SQLException {
    String dir = System.getProperty("h2.baseDir");
    if (dir == null) {
      throw new SQLException("h2.baseDir is not set, so the Copydesk database cannot be found");
    }
    Properties login = new Properties();
    login.setProperty("user", "copydesk");
    login.setProperty("password", "copydesk");
    // IFEXISTS: never create a second, empty database if the path were wrong.
    return new org.h2.Driver().connect("jdbc:h2:file:" + dir + "/copydesk;IFEXISTS=TRUE", login);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    response.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = response.getWriter();
    try (Connection db = connect(); Statement s = db.createStatement()) {
      if (request.getParameter("reset") != null) {
        s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
        s.execute("SET QUERY_STATISTICS FALSE");
        s.execute("SET QUERY_STATISTICS TRUE");
        out.println("reset");
      } else if (request.getParameter("off") != null) {
        s.execute("SET QUERY_STATISTICS FALSE");
        out.println("off");
      } else if (request.getParameter("bytes") != null) {
        bytes(db, Long.parseLong(request.getParameter("bytes")), out);
      } else {
        try (ResultSet rs = s.executeQuery(
            "SELECT EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, SQL_STATEMENT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
          while (rs.next()) {
            String sql = rs.getString(3).replaceAll("\\s+", " ");
            out.println(rs.getLong(1) + "\t" + rs.getDouble(2) + "\t" + sql);
          }
        }
      }
    } catch (SQLException e) {
      throw new ServletException("SQL probe failed: " + e.getMessage(), e);
    }
  }

  /** Bytes of the rows a story holds, by table: character data as UTF-8 plus fixed-size columns. */
  private static void bytes(Connection db, long story, PrintWriter out) throws SQLException {
    String[][] queries = {
      {"revision", "SELECT COUNT(*), SUM(64 + COALESCE(OCTET_LENGTH(headline), 0) + COALESCE(OCTET_LENGTH(standfirst), 0)"
          + " + COALESCE(OCTET_LENGTH(note), 0) + COALESCE(OCTET_LENGTH(author), 0) + COALESCE(OCTET_LENGTH(byline_raw), 0)"
          + " + COALESCE(OCTET_LENGTH(photo_caption), 0) + COALESCE(OCTET_LENGTH(photo_credit_raw), 0)"
          + " + OCTET_LENGTH(paragraph_ids)) FROM revision WHERE story_id = ?"},
      {"paragraph", "SELECT COUNT(*), SUM(16 + OCTET_LENGTH(hash) + OCTET_LENGTH(content)) FROM paragraph WHERE story_id = ?"},
      {"revision_contributor", "SELECT COUNT(*), SUM(20 + OCTET_LENGTH(name) + OCTET_LENGTH(role)) FROM revision_contributor rc"
          + " JOIN revision r ON r.id = rc.revision_id WHERE r.story_id = ?"},
      {"claim", "SELECT COUNT(*), SUM(48 + OCTET_LENGTH(claim_text) + OCTET_LENGTH(sentence) + OCTET_LENGTH(sentence_hash)"
          + " + COALESCE(OCTET_LENGTH(speaker), 0) + OCTET_LENGTH(claim_type) + OCTET_LENGTH(status)) FROM claim WHERE story_id = ?"},
      {"audit_entry", "SELECT COUNT(*), SUM(32 + OCTET_LENGTH(actor) + OCTET_LENGTH(action) + OCTET_LENGTH(prev_hash) + OCTET_LENGTH(hash)"
          + " + COALESCE(OCTET_LENGTH(comment), 0)) FROM audit_entry WHERE story_id = ?"},
    };
    for (String[] q : queries) {
      try (PreparedStatement ps = db.prepareStatement(q[1])) {
        ps.setLong(1, story);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          out.println(q[0] + "\t" + rs.getLong(1) + "\t" + rs.getLong(2));
        }
      }
    }
  }
}
