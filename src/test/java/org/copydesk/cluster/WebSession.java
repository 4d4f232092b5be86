package org.copydesk.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One person's browser, without a browser: a cookie jar, the Faces sign-in form, pages, and the
 * PrimeFaces ajax requests the story editor sends (autosave, restore), posted with the page's
 * ViewState as the page's script would.
 */
final class WebSession {

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  WebSession(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  /** A page, following redirects within the site. */
  Document page(String path) {
    HttpResponse<String> r = get(path);
    for (int hops = 0; r.statusCode() / 100 == 3 && hops < 5; hops++) {
      r = get(r.headers().firstValue("Location").orElseThrow());
    }
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    Document page = Jsoup.parse(r.body(), base.resolve(path).toString());
    // A protected view (the editor) asked for by its address lands on the open page; a person
    // follows its link, which carries the session's token.
    org.jsoup.nodes.Element open = page.selectFirst("a#continue");
    return open == null ? page : page(open.attr("href"));
  }

  HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(base.resolve(pathOrUrl)).GET().build());
  }

  /** True when the page is the sign-in form (shown in place of a protected page). */
  static boolean isSignIn(Document page) {
    return !page.select("form#login input[name=login:username]").isEmpty();
  }

  /**
   * Signs in through the form the page shows (the sign-in page, or a protected page answered with
   * it), and answers the page the sign-in leads to.
   */
  Document signIn(Document signInPage, String user, String password) {
    if (!isSignIn(signInPage)) {
      throw new IllegalStateException("not a sign-in page: " + signInPage.title());
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("target", signInPage.select("input[name=target]").val());
    form.put("jakarta.faces.ViewState", viewState(signInPage));
    form.put("primefaces.nonce", nonce(signInPage));
    HttpResponse<String> r = post("login.xhtml", form, false);
    if (r.statusCode() != 302) {
      throw new IllegalStateException("sign-in as " + user + " answered " + r.statusCode() + ": " + Jsoup.parse(r.body()).text());
    }
    return page(r.headers().firstValue("Location").orElseThrow());
  }

  Document signIn(String user, String password) {
    return signIn(page("login.xhtml"), user, password);
  }

  /**
   * A PrimeFaces ajax request from a page: {@code source} is the component that sends it (a button
   * or a remote command), {@code fields} the form values it carries. Answers the partial response.
   */
  String ajax(Document page, String form, String source, String execute, String render, Map<String, String> fields) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("jakarta.faces.partial.ajax", "true");
    body.put("jakarta.faces.source", source);
    body.put("jakarta.faces.partial.execute", execute);
    body.put("jakarta.faces.partial.render", render);
    body.put(source, source);
    body.put(form, form);
    body.putAll(fields);
    body.put("jakarta.faces.ViewState", viewState(page));
    body.put("primefaces.nonce", nonce(page));
    HttpResponse<String> r = post(URI.create(page.location()).getRawPath().substring(1) + query(page), body, true);
    if (r.statusCode() != 200 || !r.body().contains("<partial-response")) {
      throw new IllegalStateException("ajax " + source + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  /** The client id of the remote command the page defines under {@code name} (a script function). */
  static String remoteCommand(Document page, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*=\\s*function\\(\\)\\s*\\{\\s*return PrimeFaces\\.ab\\(\\{s:\"([^\"]+)\"")
        .matcher(page.html());
    if (!m.find()) {
      throw new IllegalStateException("no remote command " + name + " in the page");
    }
    return m.group(1);
  }

  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String query(Document page) {
    String q = URI.create(page.location()).getRawQuery();
    return q == null ? "" : "?" + q;
  }

  /** The page's CSP nonce: PrimeFaces' CSP mode refuses a postback without it (its script sends it). */
  private static String nonce(Document page) {
    return page.select("script[nonce]").attr("nonce");
  }

  private static String viewState(Document page) {
    String state = page.select("input[name=jakarta.faces.ViewState]").val();
    if (state.isEmpty()) {
      throw new IllegalStateException("no ViewState in " + page.location());
    }
    return state;
  }

  private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
