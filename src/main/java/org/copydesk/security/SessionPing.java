package org.copydesk.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in": a request inside the protected area that renews the session's idle timer.
 * It answers 204 only for a live session; an ended one gets the login page like any other page,
 * which tells the idle script to reload.
 */
@WebServlet("/app/session/ping")
public class SessionPing extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
