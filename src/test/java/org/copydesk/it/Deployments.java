package org.copydesk.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Every integration test deploys the WAR the build produced, plus at most its own helpers. */
public final class Deployments {

  public static final String PASSWORD = "copydesk-demo";

  private Deployments() {}

  public static WebArchive app() {
    File war = new File("target/copydesk.war");
    if (!war.isFile()) {
      throw new IllegalStateException("target/copydesk.war is missing: integration tests run after mvn package");
    }
    return ShrinkWrap.create(ZipImporter.class, "copydesk.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The real WAR with its web.xml edited, for a test of a setting an operator can change in it
   * (context parameters). The edit must change something, or the test would prove nothing.
   */
  public static WebArchive appWithWebXml(UnaryOperator<String> edit) {
    WebArchive war = app();
    String webXml;
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      webXml = out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String edited = edit.apply(webXml);
    if (edited.equals(webXml)) {
      throw new IllegalStateException("the web.xml edit changed nothing: has web.xml changed?");
    }
    war.delete("WEB-INF/web.xml");
    war.setWebXML(new StringAsset(edited));
    return war;
  }

  /** A context parameter added before the session configuration. */
  public static String withContextParam(String webXml, String name, String value) {
    return webXml.replace("<session-config>",
        "<context-param><param-name>" + name + "</param-name><param-value>" + value + "</param-value></context-param>\n  <session-config>");
  }
}
