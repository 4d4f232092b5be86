package org.copydesk.platform;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets only a few Faces page requests build and render their views at once; the others wait here,
 * in order of arrival, before Faces starts on them.
 *
 * <p>Why: Mojarra asks one server-wide cache, guarded by one fair lock
 * ({@code com.sun.faces.util.LRUCache} in {@code ELUtils.isCompositeComponentExpr}), about every
 * tag attribute that holds an expression, each time it builds a view: hundreds of times per desk
 * or editor page. With many more request threads than cores in there, a thread that loses its core
 * while holding the lock makes all the others queue behind it, and a fair lock passes to the next
 * in line only once the scheduler has woken it. In the benchmark, sixteen users on two cores left
 * the processors idle a fifth of the time and got half the pages per second that four users got
 * (bench/analysis.md, session 12). Waiting here costs one pause per request instead.
 *
 * <p>Faces resources (scripts, style sheets, fonts) build no view and are let through, as are
 * forwards and error pages (the request that led to them was counted already). The JSON API and
 * the public pages are not Faces requests and never wait here.
 *
 * <p>Settings (web.xml context parameters, or system properties of the same names, which win):
 * {@value #CONCURRENCY_PARAM}, how many page requests run
 * at once (default: twice the processors); {@value #WAIT_PARAM}, how long a request waits for its
 * turn before it is answered 503 with a message (default {@value #DEFAULT_WAIT_SECONDS}).
 */
@WebFilter(filterName = "FacesAdmission", servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class FacesAdmission extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String CONCURRENCY_PARAM = "copydesk.FACES_CONCURRENCY";
  public static final String WAIT_PARAM = "copydesk.FACES_WAIT_SECONDS";
  static final int DEFAULT_WAIT_SECONDS = 30;

  private transient Admission admission;
  private long waitMillis;

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(config);
    // A wrong setting stops the deployment with its name rather than running unlimited.
    String concurrency = setting(config, CONCURRENCY_PARAM);
    try {
      admission = new Admission(Admission.permits(concurrency, Runtime.getRuntime().availableProcessors()));
    } catch (IllegalArgumentException e) {
      throw new ServletException(CONCURRENCY_PARAM + ": " + e.getMessage(), e);
    }
    String wait = setting(config, WAIT_PARAM);
    try {
      waitMillis = 1000L * Admission.wholeNumber(wait, DEFAULT_WAIT_SECONDS);
    } catch (IllegalArgumentException e) {
      throw new ServletException(WAIT_PARAM + ": " + e.getMessage(), e);
    }
  }

  /** A system property of the same name wins, so that a server can be tuned without a new WAR. */
  private static String setting(FilterConfig config, String name) {
    String property = System.getProperty(name);
    return property != null ? property : config.getServletContext().getInitParameter(name);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(ResourceHandler.RESOURCE_IDENTIFIER + "/")) {
      chain.doFilter(request, response);
      return;
    }
    boolean entered;
    try {
      entered = admission.enter(waitMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "5");
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("text/plain");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(Messages.text(request.getLocale(), "server.busy"));
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      admission.leave();
    }
  }
}
