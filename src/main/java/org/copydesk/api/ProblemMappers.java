package org.copydesk.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.Messages;
import org.copydesk.security.SecurityEvents;
import org.copydesk.story.StaleRevisionException;
import org.copydesk.story.TransitionRefusedException;

/** Turns every exception that reaches the API into a problem+json response with the right status. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  static Locale locale(HttpHeaders headers) {
    return headers == null || headers.getAcceptableLanguages().isEmpty()
        ? Locale.ENGLISH
        : headers.getAcceptableLanguages().get(0);
  }

  /** Every refused API call goes to the security log, with who asked for what. */
  static void refused(jakarta.servlet.http.HttpServletRequest request, String why) {
    if (request != null) {
      String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
      SecurityEvents.refused(user, request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(), why);
    }
  }

  /** Refusals a user can cause; a stale save carries the refused content back. */
  @Provider
  public static class Business implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(BusinessException e) {
      int status = e.httpStatus();
      refused(request, e.getMessageKey());
      JsonObjectBuilder body =
          Problems.problem(status, Problems.title(status), Messages.text(locale(headers), e), e.getMessageKey());
      if (e instanceof TransitionRefusedException refused) {
        body.add("refusal", refused.getRefusal().name()).add("action", refused.getAction());
      }
      if (e instanceof org.copydesk.ingest.IngestRefused refused) {
        IngestResource.describe(refused, body);
      }
      if (e instanceof StaleRevisionException stale) {
        try (var jsonb = JsonbBuilder.create()) {
          String echoed = jsonb.toJson(Dtos.RevisionInput.echo(stale.getRefused(), stale.getBaseRevision()));
          body.add("baseRevision", stale.getBaseRevision())
              .add("currentRevision", stale.getCurrentRevision())
              .add("refused", Json.createReader(new java.io.StringReader(echoed)).readObject());
        } catch (Exception closing) {
          throw new IllegalStateException("could not echo the refused revision", closing);
        }
      }
      return Problems.response(status, body);
    }
  }

  /** A role the caller does not hold. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

    @Context
    private HttpHeaders headers;

    @Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(EJBAccessException e) {
      LOG.log(Level.FINE, "API access refused: {0}", e.getMessage());
      refused(request, "api.forbidden");
      return Problems.response(
          403, Problems.problem(403, "Forbidden", Messages.text(locale(headers), "api.forbidden"), "api.forbidden"));
    }
  }

  /** Unknown paths, wrong methods or media types, unreadable JSON. */
  @Provider
  public static class Web implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String detail =
          status == 404
              ? Messages.text(locale(headers), "api.notFound")
              : e.getMessage() == null ? Problems.title(status) : e.getMessage();
      return Problems.response(status, Problems.problem(status, Problems.title(status), detail, null));
    }
  }

  /** A body the JSON binding could not read. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
      String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      return Problems.response(
          400,
          Problems.problem(400, "Bad Request", Messages.text(locale(headers), "api.badRequest", reason), "api.badRequest"));
    }
  }

  /** Anything else is our fault: logged in full, answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {

    @Override
    public Response toResponse(Exception e) {
      if (e instanceof WebApplicationException web) {
        return new Web().toResponse(web);
      }
      LOG.log(Level.SEVERE, "Unexpected error in the API", e);
      return Problems.response(
          500,
          Problems.problem(
              500, "Internal Server Error", "The server could not complete this request; the error is logged.", null));
    }
  }
}
