package org.copydesk.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.copydesk.platform.Messages;
import org.copydesk.security.NewsroomAuthenticationMechanism;

/** Every API call must carry valid credentials; without them it ends here with 401. */
@Provider
public class ApiAuthentication implements ContainerRequestFilter {

  @Context
  private HttpServletRequest request;

  @Context
  private HttpHeaders headers;

  @Override
  public void filter(ContainerRequestContext context) {
    if (context.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    Object reason = request.getAttribute(NewsroomAuthenticationMechanism.API_FAILURE);
    String key = reason == null ? "api.credentials.missing" : reason.toString();
    Object retryAfter = request.getAttribute(NewsroomAuthenticationMechanism.RETRY_AFTER);
    if (retryAfter != null) {
      // Too many wrong passwords for this account or from this address: say when to try again.
      Response throttled =
          Problems.response(429, Problems.problem(429, "Too Many Requests", Messages.text(ProblemMappers.locale(headers), key, retryAfter), key));
      context.abortWith(Response.fromResponse(throttled).header("Retry-After", retryAfter.toString()).build());
      return;
    }
    Response problem =
        Problems.response(401, Problems.problem(401, "Unauthorized", Messages.text(ProblemMappers.locale(headers), key), key));
    context.abortWith(
        Response.fromResponse(problem).header("WWW-Authenticate", "Basic realm=\"Copydesk\", charset=\"UTF-8\"").build());
  }
}
