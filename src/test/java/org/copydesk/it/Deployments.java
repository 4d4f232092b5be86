package org.copydesk.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
}
