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

  /** A refusal the user caused, as its sentence. */
  public static void error(BusinessException refusal) {
    add(FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), refusal.getArguments());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
