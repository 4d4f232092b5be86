package org.copydesk.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link PayaraMicroTestServer} in place of Payara Micro's adapter. The WildFly executions
 * run without that adapter on the class path, so this registers nothing there.
 */
public class TestServerExtension implements LoadableExtension {

  private static final String PAYARA_ADAPTER = "fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer";

  @Override
  public void register(ExtensionBuilder builder) {
    try {
      Class.forName(PAYARA_ADAPTER, false, getClass().getClassLoader());
    } catch (ClassNotFoundException wildflyRun) {
      return;
    }
    Payara.register(builder);
  }

  /** Apart, so that the adapter's class is only resolved when it is there. */
  private static final class Payara {
    static void register(ExtensionBuilder builder) {
      builder.override(DeployableContainer.class,
          fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer.class,
          PayaraMicroTestServer.class);
    }
  }
}
