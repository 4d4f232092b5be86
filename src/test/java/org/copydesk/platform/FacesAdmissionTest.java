package org.copydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The filter around the Faces servlet, with the servlet API's objects made of plain maps. */
class FacesAdmissionTest {

  /** What a response was given. */
  static final class Answer {
    final Map<String, String> headers = new HashMap<>();
    final StringWriter body = new StringWriter();
    int status = 200;
    boolean ran;
  }

  private static FacesAdmission filter(String concurrency, String waitSeconds) throws ServletException {
    Map<String, String> params = Map.of(FacesAdmission.CONCURRENCY_PARAM, concurrency, FacesAdmission.WAIT_PARAM, waitSeconds);
    ServletContext context = stub(ServletContext.class, (name, args) -> switch (name) {
      case "getInitParameter" -> params.get((String) args[0]);
      default -> null;
    });
    FilterConfig config = stub(FilterConfig.class, (name, args) -> switch (name) {
      case "getServletContext" -> context;
      case "getFilterName" -> "FacesAdmission";
      default -> null;
    });
    FacesAdmission filter = new FacesAdmission();
    filter.init(config);
    return filter;
  }

  private static HttpServletRequest request(String path) {
    return stub(HttpServletRequest.class, (name, args) -> switch (name) {
      case "getRequestURI" -> "/ctx" + path;
      case "getContextPath" -> "/ctx";
      case "getLocale" -> Locale.ENGLISH;
      case "getMethod" -> "GET";
      default -> null;
    });
  }

  private static HttpServletResponse response(Answer answer) {
    PrintWriter writer = new PrintWriter(answer.body);
    return stub(HttpServletResponse.class, (name, args) -> {
      switch (name) {
        case "setStatus" -> answer.status = (Integer) args[0];
        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
        case "setContentType" -> answer.headers.put("Content-Type", (String) args[0]);
        case "getWriter" -> {
          return writer;
        }
        default -> { }
      }
      return null;
    });
  }

  interface Handler {
    Object answer(String method, Object[] args);
  }

  @SuppressWarnings("unchecked")
  private static <T> T stub(Class<T> type, Handler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> switch (method.getName()) {
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> type.getSimpleName();
          default -> {
            Object value = handler.answer(method.getName(), args == null ? new Object[0] : args);
            yield value == null && method.getReturnType() == boolean.class ? false : value;
          }
        });
  }

  /** Runs a request in its own thread that stays in the chain until {@code release} opens. */
  private static Thread holding(FacesAdmission filter, CountDownLatch inside, CountDownLatch release) {
    Thread t = new Thread(() -> {
      try {
        filter.doFilter(request("/app/desk.xhtml"), response(new Answer()), (FilterChain) (rq, rs) -> {
          inside.countDown();
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    t.start();
    return t;
  }

  /** Sends a request while another page request is inside the chain. */
  private static Answer whileAnotherPageRuns(FacesAdmission filter, String path) throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = holding(filter, inside, release);
    try {
      assertTrue(inside.await(10, TimeUnit.SECONDS));
      Answer answer = new Answer();
      filter.doFilter(request(path), response(answer), (FilterChain) (rq, rs) -> answer.ran = true);
      return answer;
    } finally {
      release.countDown();
      first.join(10_000);
    }
  }

  @Test
  void aPageThatGetsNoTurnInTimeIsAnswered503WithAMessage() throws Exception {
    Answer answer = whileAnotherPageRuns(filter("1", "1"), "/app/story.xhtml");

    assertEquals(503, answer.status);
    assertEquals("5", answer.headers.get("Retry-After"));
    assertEquals("text/plain", answer.headers.get("Content-Type"));
    assertEquals(Messages.text(Locale.ENGLISH, "server.busy"), answer.body.toString());
    assertTrue(answer.body.toString().contains("try again"));
    assertFalse(answer.ran);
  }

  @Test
  void facesResourcesNeverWait() throws Exception {
    Answer answer = whileAnotherPageRuns(filter("1", "30"), "/jakarta.faces.resource/core.js.xhtml");

    assertTrue(answer.ran);
    assertEquals(200, answer.status);
  }

  @Test
  void aPageThatFailsGivesItsTurnBack() throws Exception {
    FacesAdmission filter = filter("1", "1");
    FilterChain failing = (rq, rs) -> {
      throw new ServletException("view failed");
    };
    assertThrows(ServletException.class, () -> filter.doFilter(request("/app/desk.xhtml"), response(new Answer()), failing));

    Answer answer = new Answer();
    filter.doFilter(request("/app/desk.xhtml"), response(answer), (FilterChain) (rq, rs) -> answer.ran = true);
    assertTrue(answer.ran);
    assertEquals(200, answer.status);
    assertNull(answer.headers.get("Retry-After"));
  }

  @Test
  void aWrongSettingStopsTheDeploymentWithItsName() {
    ServletException e = assertThrows(ServletException.class, () -> filter("many", "30"));
    assertTrue(e.getMessage().contains(FacesAdmission.CONCURRENCY_PARAM));
    assertTrue(e.getMessage().contains("many"));
    ServletException wait = assertThrows(ServletException.class, () -> filter("4", "0"));
    assertTrue(wait.getMessage().contains(FacesAdmission.WAIT_PARAM), wait.getMessage());
    assertFalse(wait.getMessage().contains(FacesAdmission.CONCURRENCY_PARAM), "names only the wrong setting: " + wait.getMessage());
  }
}
