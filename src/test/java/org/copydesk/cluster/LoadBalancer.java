package org.copydesk.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one address in front of the instances, as nginx or a cloud load balancer would be: sticky by
 * a cookie of its own ({@value #COOKIE}, the instance's name), round robin for newcomers, and when
 * the instance a client sticks to does not answer, the request goes to the next one and the cookie
 * follows. A request is sent again only when it cannot have reached the dead instance (the
 * connection was refused) or when repeating it is harmless (GET, HEAD).
 */
final class LoadBalancer implements AutoCloseable {

  static final String COOKIE = "copydesk_node";

  /** Headers of one hop that a proxy must not pass on (RFC 9110 7.6.1), plus those the client library sets itself. */
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
      "transfer-encoding", "upgrade", "host", "content-length", "expect");

  record Backend(String name, URI base) {}

  private final List<Backend> backends;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final AtomicInteger next = new AtomicInteger();

  LoadBalancer(int port, List<Backend> backends) throws IOException {
    this.backends = List.copyOf(backends);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      boolean idempotent = method.equals("GET") || method.equals("HEAD");
      String sticky = stickyNode(exchange.getRequestHeaders().get("Cookie"));
      IOException last = null;
      for (Backend backend : order(sticky)) {
        HttpResponse<InputStream> response;
        try {
          response = http.send(forward(exchange, backend, body), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
          if (neverArrived(e) || idempotent) {
            last = e;
            continue;
          }
          // The instance may have done the work before it died: the client must find out itself.
          answerBadGateway(exchange, backend, e);
          return;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        relay(exchange, backend, response, !backend.name().equals(sticky));
        return;
      }
      answerBadGateway(exchange, null, last);
    }
  }

  /** The sticky instance first, then the others; newcomers are spread round robin. */
  private List<Backend> order(String sticky) {
    int first = 0;
    boolean found = false;
    for (int i = 0; i < backends.size(); i++) {
      if (backends.get(i).name().equals(sticky)) {
        first = i;
        found = true;
      }
    }
    if (!found) {
      first = Math.floorMod(next.getAndIncrement(), backends.size());
    }
    List<Backend> order = new ArrayList<>();
    for (int i = 0; i < backends.size(); i++) {
      order.add(backends.get((first + i) % backends.size()));
    }
    return order;
  }

  private static String stickyNode(List<String> cookieHeaders) {
    if (cookieHeaders == null) {
      return null;
    }
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        String[] nameValue = pair.trim().split("=", 2);
        if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
          return nameValue[1];
        }
      }
    }
    return null;
  }

  private static HttpRequest forward(HttpExchange exchange, Backend backend, byte[] body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(backend.base().resolve(exchange.getRequestURI().toString()))
        .timeout(Duration.ofSeconds(120))
        .method(exchange.getRequestMethod(),
            body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> request.header(name, v));
      }
    });
    return request.build();
  }

  private void relay(HttpExchange exchange, Backend backend, HttpResponse<InputStream> response, boolean newSticky)
      throws IOException {
    for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
      String name = header.getKey();
      if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) || name.startsWith(":")) {
        continue;
      }
      for (String value : header.getValue()) {
        exchange.getResponseHeaders().add(name, name.equalsIgnoreCase("Location") ? ownAddress(value, backend) : value);
      }
    }
    if (newSticky) {
      exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + backend.name() + "; Path=/; HttpOnly; SameSite=Lax");
    }
    try (InputStream in = response.body()) {
      byte[] bytes = in.readAllBytes();
      boolean noBody = bytes.length == 0 || exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : bytes.length);
      if (!noBody) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  /** A redirect to the instance's own address is turned into one to the balancer (nginx's proxy_redirect). */
  private String ownAddress(String location, Backend backend) {
    String instance = backend.base().toString();
    for (String prefix : List.of(instance, instance.replace("127.0.0.1", "localhost"))) {
      if (location.startsWith(prefix)) {
        return base() + location.substring(prefix.length());
      }
    }
    return location;
  }

  /** True when the request cannot have reached the instance: nothing answered the connection. */
  private static boolean neverArrived(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static void answerBadGateway(HttpExchange exchange, Backend backend, IOException cause) throws IOException {
    byte[] text = ("no answer from " + (backend == null ? "any instance" : backend.name()) + ": " + cause)
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
    exchange.sendResponseHeaders(502, text.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(text);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    http.close();
  }
}
