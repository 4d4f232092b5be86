package org.copydesk.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.Base64;

/**
 * One mechanism, two ways in. Pages: a form login (the login page calls
 * {@code SecurityContext.authenticate} with the credential) whose identity is kept in the session;
 * a protected page without one is answered with the login page. The JSON API under {@code /api}:
 * HTTP Basic on every call and never the session, so a browser's session cookie can never act on
 * the API on a user's behalf.
 */
@ApplicationScoped
public class NewsroomAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  private static final String API = "/api/";
  /** Request attribute: the message key saying why an API request is not authenticated. */
  public static final String API_FAILURE = "org.copydesk.api.authenticationFailure";
  /** Request attribute: seconds until sign-in is allowed again, when it was refused as throttled. */
  public static final String RETRY_AFTER = "org.copydesk.security.retryAfter";

  @Inject
  private IdentityStoreHandler identityStores;

  @Inject
  private LoginThrottle throttle;

  @Inject
  private UserDirectory directory;

  @Inject
  private AccountStates states;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      String user = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
      CredentialValidationResult result = checked(user, credential, request, "form");
      if (result == null) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      String name = result.getCallerPrincipal().getName();
      // What every later request of this session checks and re-applies (see remembered below).
      long epoch = directory.signedIn(name);
      request.getSession(true).setAttribute(SignedIn.ATTRIBUTE, new SignedIn(name, result.getCallerGroups(), epoch));
      context.setRegisterSession(name, result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }
    if (isApi(request)) {
      return basic(request, context);
    }
    Principal remembered = request.getUserPrincipal();
    if (remembered != null) {
      AuthenticationStatus status = remembered(remembered, request, context);
      if (status != null) {
        return status;
      }
      // The session has just been invalidated, but both servers still hold its identity for the
      // rest of this request (WildFly rendered the page with the user and no roles, Payara answered
      // empty), so the browser is sent to ask again: a GET to the same address, which now arrives
      // signed out and gets the login page with the address kept; anything else (a form, ajax,
      // sign-out) to the login page.
      boolean again = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      String query = request.getQueryString();
      return context.redirect(again
          ? request.getRequestURI() + (query == null ? "" : "?" + query)
          : request.getContextPath() + LOGIN_PAGE);
    }
    if (context.isProtected()) {
      return context.forward(LOGIN_PAGE);
    }
    return context.doNothing();
  }

  /**
   * The identity registered in the session at sign-in (what {@code @AutoApplySession} does, which
   * this mechanism cannot use because it must not apply to the API), applied again with the groups
   * kept at sign-in: applying the caller principal alone left the roles to the container's session
   * cache, and under concurrent requests of one session about 0.05% of page requests saw no
   * roles and answered 403. Null when the session has ended: its account was disabled, an
   * administrator ended its sessions (the epoch moved on), or it carries no sign-in of ours; the
   * session is then invalidated and the browser sent to ask again.
   */
  private AuthenticationStatus remembered(Principal remembered, HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    Object kept = session == null ? null : session.getAttribute(SignedIn.ATTRIBUTE);
    String reason;
    if (!(kept instanceof SignedIn signedIn) || !signedIn.username().equals(remembered.getName())) {
      reason = "no sign-in recorded in the session";
    } else if (!states.stillValid(signedIn.username(), signedIn.sessionEpoch())) {
      reason = "account disabled or its sessions were ended";
    } else {
      return context.notifyContainerAboutLogin(remembered, signedIn.groups());
    }
    SecurityEvents.sessionEnded(remembered.getName(), request.getRemoteAddr(), reason);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalidated) {
        // A concurrent request of the same session got here first: it is ended either way.
        SecurityEvents.sessionEnded(remembered.getName(), request.getRemoteAddr(), "already invalidated by a concurrent request");
      }
    }
    return null;
  }

  /**
   * Validates Basic credentials when present. Without valid ones the request goes on anonymous and
   * the API's own filter answers 401 with a problem body (an authentication mechanism cannot
   * write a response body that every server keeps); this attribute tells it why.
   */
  private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      request.setAttribute(API_FAILURE, "api.credentials.missing");
      return context.doNothing();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      request.setAttribute(API_FAILURE, "api.credentials.malformed");
      return context.doNothing();
    }
    int colon = decoded.indexOf(':');
    if (colon > 0) {
      String user = decoded.substring(0, colon);
      CredentialValidationResult result =
          checked(user, new UsernamePasswordCredential(user, new Password(decoded.substring(colon + 1))), request, "api");
      if (result != null) {
        return context.notifyContainerAboutLogin(result);
      }
      if (request.getAttribute(RETRY_AFTER) != null) {
        request.setAttribute(API_FAILURE, "api.credentials.throttled");
        return context.doNothing();
      }
    }
    request.setAttribute(API_FAILURE, "api.credentials.wrong");
    return context.doNothing();
  }

  /**
   * Validates a credential unless its account or address is throttled; counts failures, clears
   * the account's count on success and logs each outcome. Null when refused.
   */
  private CredentialValidationResult checked(String user, Credential credential, HttpServletRequest request, String channel) {
    String address = request.getRemoteAddr();
    Optional<Duration> wait = throttle.refusedFor(user, address);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      request.setAttribute(RETRY_AFTER, seconds);
      SecurityEvents.signInThrottled(user, address, seconds);
      return null;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      recordFailure(user, address);
      SecurityEvents.signInFailed(user, address, channel);
      return null;
    }
    // The API is called on every request with the same credentials: only page sign-ins clear
    // the count and are logged as sign-ins, so the log stays readable.
    if ("form".equals(channel)) {
      throttle.succeeded(user);
      SecurityEvents.signedIn(result.getCallerPrincipal().getName(), address, channel);
    }
    return result;
  }

  private void recordFailure(String user, String address) {
    try {
      throttle.failed(user, address);
    } catch (EJBException concurrentFirstFailure) {
      // Two first failures at once both inserted the same row; one lost. Counting again finds it.
      throttle.failed(user, address);
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API);
  }
}
