package org.copydesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Signs out: ends the authentication and the session. POST only, so a link cannot sign anyone out. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    // The idle script signs out by itself when nobody used the page; the login page says why.
    String why = "idle".equals(request.getParameter("reason")) ? "?idle=true" : "?signedOut=true";
    response.sendRedirect(request.getContextPath() + NewsroomAuthenticationMechanism.LOGIN_PAGE + why);
  }
}
