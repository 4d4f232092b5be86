package org.copydesk.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts a sentence from the UI bundle on the current page, in the page's language. */
public final class FacesMessages {

  private FacesMessages() {}

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** A refusal the user caused, as its sentence; also written to the security log. */
  public static void error(BusinessException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    var request = faces.getExternalContext();
    // The security log's logger (org.copydesk.security.SecurityEvents), named here because the
    // platform package depends on no feature package.
    java.util.logging.Logger.getLogger("org.copydesk.security.events").warning(() -> "REFUSED user=\""
        + request.getRemoteUser() + "\" page=\"" + faces.getViewRoot().getViewId() + "\" reason=\"" + refusal.getMessageKey() + "\"");
    add(FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), refusal.getArguments());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
