package org.copydesk.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database the instances share: a PostgreSQL database of its own ({@value #NAME}) on the
 * server the build's PostgreSQL profile names, so the main suite's database is not touched. It is
 * dropped and created again at every run, so Flyway and the demo data start from nothing.
 */
final class ClusterDatabase {

  static final String NAME = "copydesk_cluster";

  private final String buildUrl;
  private final String user;
  private final String password;

  /** {@code buildUrl}: the JDBC URL the build put into the WAR's web.xml (-Ppostgresql). */
  ClusterDatabase(String buildUrl, String user, String password) {
    if (!buildUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the cluster test runs on PostgreSQL (mvn verify -Ppostgresql), not on " + buildUrl);
    }
    this.buildUrl = buildUrl;
    this.user = user;
    this.password = password;
  }

  String url() {
    return withDatabase(NAME);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user, password);
  }

  void recreate() throws SQLException {
    try (Connection admin = DriverManager.getConnection(withDatabase("postgres"), user, password);
        Statement sql = admin.createStatement()) {
      // FORCE: instances left over from an aborted run may still be connected.
      sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + NAME);
    }
  }

  /**
   * A copy of the built WAR whose data source points at this database. The build writes the
   * address into web.xml (pom.xml, copydesk.db.url); the copy differs from the build output in that
   * one value only, as a WAR built with -Dcopydesk.db.url would.
   */
  Path warFor(Path builtWar, Path work) throws IOException {
    Path war = work.resolve("copydesk.war");
    Files.createDirectories(work);
    Files.copy(builtWar, war, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + war.toUri()), Map.of())) {
      Path webXml = zip.getPath("WEB-INF", "web.xml");
      String text = Files.readString(webXml, StandardCharsets.UTF_8);
      String from = "<url>" + buildUrl.replace("&", "&amp;") + "</url>";
      if (!text.contains(from)) {
        throw new IllegalStateException("WEB-INF/web.xml of " + builtWar + " has no " + from + ": was it built with -Ppostgresql?");
      }
      Files.writeString(webXml, text.replace(from, "<url>" + url().replace("&", "&amp;") + "</url>"), StandardCharsets.UTF_8);
    }
    return war;
  }

  /** The build's URL with another database name (host, port and parameters kept). */
  private String withDatabase(String database) {
    int query = buildUrl.indexOf('?');
    String address = query < 0 ? buildUrl : buildUrl.substring(0, query);
    String parameters = query < 0 ? "" : buildUrl.substring(query);
    int slash = address.lastIndexOf('/');
    if (slash < "jdbc:postgresql://".length()) {
      throw new IllegalArgumentException("no database name in " + buildUrl);
    }
    return address.substring(0, slash + 1) + database + parameters;
  }
}
