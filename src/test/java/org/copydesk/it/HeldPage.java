package org.copydesk.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Test only, deployed by {@link BusyServerBrowserIT}: a page that takes {@value #HOLD_MILLIS} ms to
 * build, which keeps the server's one page permit while the browser's Save waits for it.
 */
@Named
@RequestScoped
public class HeldPage {

  static final long HOLD_MILLIS = 8000;

  public String getHeld() throws InterruptedException {
    Thread.sleep(HOLD_MILLIS);
    return "held";
  }
}
