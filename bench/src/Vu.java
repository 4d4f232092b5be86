import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One virtual user: its own HTTP client (so its own connection, as a browser has) and its own
 * cookie jar, signed in through the Faces login form when it drives pages, or sending HTTP Basic
 * credentials when it calls the JSON API.
 */
final class Vu {

  static final String PASSWORD = "copydesk-demo";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern AJAX_VIEW_STATE =
      Pattern.compile("<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
  private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();
  /** The session's view token, as the desk's links carry it (the app's links all carry the same one). */
  private static final Pattern VIEW_TOKEN = Pattern.compile("jakarta\\.faces\\.Token=([^&\"]+)");
  /** The protected views (faces-config.xml): a GET without the token lands on the open page. */
  private static final java.util.Set<String> PROTECTED = java.util.Set.of("/app/story.xhtml", "/app/history.xhtml", "/app/factcheck.xhtml");
  private volatile String viewToken;

  final int index;
  final String base;
  private final HttpClient http;
  private final Map<String, String> basic = new LinkedHashMap<>();

  Vu(int index, String base) {
    this.index = index;
    this.base = base;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** Signs in through the login form: GET the page, POST it with its ViewState, expect the redirect. */
  Vu login(String user) throws IOException, InterruptedException {
    String page = get("/login.xhtml").body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", PASSWORD);
    form.put("login:submit", "");
    form.put("target", "");
    form.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> r = post("/login.xhtml", form, false);
    if (r.statusCode() != 302) {
      throw new IllegalStateException("sign-in of " + user + " answered " + r.statusCode() + " instead of a redirect");
    }
    String desk = get("/app/desk.xhtml").body();
    if (!desk.contains("desk:stories")) {
      throw new IllegalStateException("after signing in " + user + " the desk was not shown");
    }
    Matcher token = VIEW_TOKEN.matcher(desk);
    if (token.find()) {
      viewToken = token.group(1);
    }
    return this;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(request(linked(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher nonce = NONCE.matcher(r.body());
    if (nonce.find()) {
      nonces.put(page(path), nonce.group(1));
    }
    return r;
  }

  private static String page(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  /** A GET whose body is read and dropped, for large pages where only the time matters. */
  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(request(linked(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A protected view's address as the app's own links write it: with the session's view token. */
  private String linked(String path) {
    if (viewToken == null || !PROTECTED.contains(page(path)) || path.contains("jakarta.faces.Token=")) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "jakarta.faces.Token=" + viewToken;
  }

  HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
    // PrimeFaces' CSP mode refuses a postback without the nonce its page was rendered with (its
    // script sends it on every submit): send the one of the page last loaded from this address.
    String nonce = nonces.get(page(path));
    if (nonce != null && !form.containsKey("primefaces.nonce")) {
      form = new LinkedHashMap<>(form);
      form.put("primefaces.nonce", nonce);
    }
    HttpRequest.Builder b = request(path)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    if (ajax) {
      b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON API call as {@code user} with HTTP Basic; {@code json} null for a GET. */
  HttpResponse<String> api(String user, String method, String path, String json) throws IOException, InterruptedException {
    String auth = basic.computeIfAbsent(user,
        u -> "Basic " + Base64.getEncoder().encodeToString((u + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    HttpRequest.Builder b = request(path).header("Authorization", auth).header("Accept", "application/json");
    if (json == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no ViewState in the page");
    }
    return m.group(1);
  }

  /** The ViewState an ajax response hands back, or {@code previous} when it sends none. */
  static String viewStateAfterAjax(String partialResponse, String previous) {
    Matcher m = AJAX_VIEW_STATE.matcher(partialResponse);
    return m.find() ? m.group(1) : previous;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
