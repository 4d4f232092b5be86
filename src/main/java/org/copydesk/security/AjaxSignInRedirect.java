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
 * A Faces ajax request from a session that has ended (timed out, signed out in another tab, ended
 * by an administrator) gets the login page: forwarded to it by the authentication mechanism, or
 * sent there by a redirect that the browser follows inside the same ajax request. PrimeFaces
 * cannot use a page of HTML as an ajax answer and dropped it without a word, so the user clicked
 * and nothing happened. Such a request is answered here with a partial response that tells the
 * page to go to the login page, where the next sign-in starts.
 *
 * <p>The login form's own ajax posts are let through: only a forwarded request or a GET (the
 * followed redirect) is an ended session's.
 */
@WebFilter(urlPatterns = NewsroomAuthenticationMechanism.LOGIN_PAGE, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class AjaxSignInRedirect extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean endedSession = request.getDispatcherType() == DispatcherType.FORWARD || "GET".equals(request.getMethod());
    if (!isFacesAjax(request) || !endedSession) {
      chain.doFilter(request, response);
      return;
    }
    String login = request.getContextPath() + NewsroomAuthenticationMechanism.LOGIN_PAGE;
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + login.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"></redirect></partial-response>");
  }
}
