package org.copydesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/** What the idle warning of a page needs: the session's timeout and how long before it to warn. */
@Named
@RequestScoped
public class SessionSettings {

  static final int DEFAULT_WARNING_SECONDS = 120;

  @Inject
  private FacesContext faces;

  public int getTimeoutSeconds() {
    ExternalContext external = faces.getExternalContext();
    HttpSession session = (HttpSession) external.getSession(false);
    return session == null ? external.getSessionMaxInactiveInterval() : session.getMaxInactiveInterval();
  }

  /** The configured lead, never more than the whole timeout. */
  public int getWarningSeconds() {
    int warning = SessionConfiguration.seconds(faces.getExternalContext().getInitParameter(SessionConfiguration.WARNING_PARAM), DEFAULT_WARNING_SECONDS);
    return Math.min(warning, Math.max(1, getTimeoutSeconds() - 1));
  }
}
