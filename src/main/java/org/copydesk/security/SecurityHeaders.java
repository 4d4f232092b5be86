package org.copydesk.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers every answer carries. Faces pages get their Content-Security-Policy from
 * PrimeFaces' CSP mode (a fresh nonce per response; the policy is the {@code primefaces.CSP_POLICY}
 * context parameter in web.xml); everything else (public pages, feeds, the API, photos) gets
 * {@link #STATIC_POLICY}, which allows no script at all. Editorial answers are never stored by
 * a browser or proxy.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** For responses that are not Faces pages: nothing runs, nothing frames us, nothing is embedded. */
  static final String STATIC_POLICY =
      "default-src 'none'; img-src 'self' https: data:; style-src 'self'; font-src 'self'; form-action 'self';"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (!isFaces(path)) {
      response.setHeader("Content-Security-Policy", STATIC_POLICY);
    }
    if (isEditorial(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }

  private static boolean isFaces(String path) {
    return path.endsWith(".xhtml") || path.startsWith("/jakarta.faces.resource/");
  }

  /** Pages and API answers with unpublished work or a user's own data: never cached. */
  static boolean isEditorial(String path) {
    return path.startsWith("/app/") || path.startsWith("/api/") || path.equals("/login.xhtml") || path.endsWith(".xhtml");
  }
}
