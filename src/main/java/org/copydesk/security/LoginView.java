package org.copydesk.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.copydesk.platform.Messages;

/**
 * The login form. Authenticates inside the POST as a new authentication, changes the session id
 * (no session fixation) and goes back to the page that was asked for, if it is one of ours.
 */
@Named
@RequestScoped
public class LoginView {

  static final String DESK = "/app/desk.xhtml";
  /** Left behind by Soteria after a failed attempt; if kept, protected pages answer empty. */
  private static final String SOTERIA_LEFTOVER = "org.glassfish.soteria.caller_initiated_authentication";

  @Inject
  private SecurityContext securityContext;

  @Inject
  private FacesContext faces;

  private String username;
  private String password;
  private String target;

  /**
   * The page the user asked for before the login page was shown in its place: the forwarded
   * request's address on the first showing, the hidden field's value after a failed attempt.
   */
  public String getRequestedPage() {
    if (target == null) {
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
      if (uri != null) {
        Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        target = query == null ? uri.toString() : uri + "?" + query;
      } else {
        String posted = request.getParameter("target");
        target = posted == null ? "" : posted;
      }
    }
    return target;
  }

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(), new Password(password == null ? "" : password)))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        request.changeSessionId();
        external.redirect(withViewToken(request.getContextPath(), safeTarget(request.getContextPath(), getRequestedPage())));
        faces.responseComplete();
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.removeAttribute(SOTERIA_LEFTOVER);
        }
        Object retryAfter = request.getAttribute(NewsroomAuthenticationMechanism.RETRY_AFTER);
        String text = retryAfter == null
            ? Messages.text(external.getRequestLocale(), "login.failed")
            : Messages.text(external.getRequestLocale(), "login.throttled", retryAfter);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  /**
   * Only a path inside this application is a place to return to; anything else (another host,
   * a scheme-relative URL, the login page itself) goes to the desk.
   */
  static String safeTarget(String contextPath, String requested) {
    String desk = contextPath + DESK;
    if (requested == null || requested.isBlank()) {
      return desk;
    }
    boolean ours =
        requested.startsWith(contextPath + "/")
            && !requested.startsWith("//")
            && !requested.contains("\\")
            && !requested.contains("://")
            && !requested.contains("\r")
            && !requested.contains("\n")
            && !requested.endsWith(NewsroomAuthenticationMechanism.LOGIN_PAGE);
    return ours ? requested : desk;
  }

  /**
   * A protected view (faces-config.xml) is opened only with the session's token; the ViewHandler
   * writes it into the view's URL as into the app's own links, so signing in lands on the page
   * asked for rather than on the open page. A token the old address carried (a bookmark from an
   * earlier session) is left out. Read after the session id changed: the token is the session's.
   */
  private String withViewToken(String contextPath, String target) {
    int query = target.indexOf('?');
    String viewId = (query < 0 ? target : target.substring(0, query)).substring(contextPath.length());
    ViewHandler views = faces.getApplication().getViewHandler();
    if (!views.getProtectedViewsUnmodifiable().contains(viewId)) {
      return target;
    }
    String action = views.getActionURL(faces, viewId);
    String parameters = query < 0 ? "" : withoutViewToken(target.substring(query + 1));
    return parameters.isEmpty() ? action : action + (action.contains("?") ? "&" : "?") + parameters;
  }

  /** A query string without its view token parameters. */
  static String withoutViewToken(String query) {
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.startsWith(ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM + "="))
        .collect(Collectors.joining("&"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
