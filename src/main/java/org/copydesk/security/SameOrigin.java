package org.copydesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a state-changing request that a browser says comes from another site (its Origin
 * header, or Sec-Fetch-Site when there is no Origin). Faces' ViewState and the API's credentials
 * already stop forged requests; this is the second lock, and it also covers the plain forms (sign
 * out) and an API call riding on credentials a browser remembered. Clients that are not browsers
 * send neither header and are judged by their credentials alone.
 */
@WebFilter(urlPatterns = "/*")
public class SameOrigin extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
      SecurityEvents.refused(
          request.getRemoteUser(), request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI(),
          "cross-site request from " + request.getHeader("Origin"));
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean crossSite(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return !sameOrigin(origin, request.getHeader("Host"));
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return site != null && site.equalsIgnoreCase("cross-site");
  }

  /**
   * The Origin's host and port against the Host the request was sent to. A proxy in front keeps
   * the Host header (both nginx with proxy_set_header Host and the test balancer do), so this holds
   * behind one address too.
   */
  static boolean sameOrigin(String origin, String host) {
    if (host == null || origin.equals("null")) {
      return false;
    }
    try {
      URI o = URI.create(origin);
      if (o.getHost() == null) {
        return false;
      }
      int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
      String originHost = o.getHost().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
      String h = host.toLowerCase(Locale.ROOT);
      int colon = h.lastIndexOf(':');
      boolean bracketed = h.endsWith("]");
      String hostName = colon > 0 && !bracketed ? h.substring(0, colon) : h;
      int hostPort = colon > 0 && !bracketed ? Integer.parseInt(h.substring(colon + 1)) : port;
      if (hostName.startsWith("[") && hostName.endsWith("]")) {
        hostName = hostName.substring(1, hostName.length() - 1);
      }
      return originHost.equals(hostName) && port == hostPort;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }
}
