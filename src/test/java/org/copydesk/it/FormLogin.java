package org.copydesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser without a browser: a cookie jar and the Faces login form, posted with its ViewState. */
final class FormLogin {

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  FormLogin(URL deployment) {
    this.base = URI.create(deployment.toString().endsWith("/") ? deployment.toString() : deployment + "/");
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** A client signed in through the real login form as {@code user} with the demo password. */
  static FormLogin signedIn(URL base, String user) {
    FormLogin browser = new FormLogin(base);
    HttpResponse<String> login = browser.login(browser.get("login.xhtml").body(), user, Deployments.PASSWORD);
    if (login.statusCode() != 302) {
      throw new AssertionError("signing in as " + user + " answered " + login.statusCode() + " instead of 302");
    }
    return browser;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
  }

  /** A GET with extra request headers (name, value, name, value ...). */
  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /**
   * Opens a page as a person does from a bookmark: a protected view (the editor, history,
   * fact-check) answers with the open page, whose link the person follows. Answers the page the
   * link leads to, or the open page when it offers none.
   */
  HttpResponse<String> open(String path) {
    HttpResponse<String> response = get(path);
    String location = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != 302 || !location.contains("/app/open.xhtml")) {
      return response;
    }
    HttpResponse<String> open = get(location);
    org.jsoup.nodes.Element link = Jsoup.parse(open.body()).selectFirst("a#continue");
    return link == null ? open : get(link.attr("href"));
  }

  /** A GET whose body is kept as bytes (pictures). */
  HttpResponse<byte[]> bytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A Faces ajax request as PrimeFaces' script sends it: the partial-request fields for
   * {@code source} (executed) and {@code render}, the given form's ViewState and the page's CSP
   * nonce, then the component's own {@code fields}.
   */
  HttpResponse<String> ajax(String path, String pageHtml, String formId, String source, String render, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", source);
    form.put("jakarta.faces.partial.render", render);
    form.put(source, source);
    form.putAll(fields);
    form.put(formId, formId);
    form.put("jakarta.faces.ViewState", Jsoup.parse(pageHtml).select("form#" + formId.replace(":", "\\:") + " input[name=jakarta.faces.ViewState]").val());
    form.put("primefaces.nonce", nonce(pageHtml));
    return post(path, form, "Faces-Request", "partial/ajax");
  }

  HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, new String[0]);
  }

  /** A form POST with extra request headers (name, value, name, value ...). */
  HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Posts the login form found in a page that showed it; answers the login POST's response. */
  HttpResponse<String> login(String loginPage, String user, String password) {
    Document page = Jsoup.parse(loginPage);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("target", page.select("input[name=target]").val());
    form.put("jakarta.faces.ViewState", page.select("input[name=jakarta.faces.ViewState]").val());
    form.put("primefaces.nonce", nonce(loginPage));
    return post("login.xhtml", form);
  }

  /**
   * The CSP nonce a page was rendered with. PrimeFaces' CSP mode refuses a postback without it;
   * its script sends it with every submit, so a browser without a browser must too.
   */
  static String nonce(String html) {
    return Jsoup.parse(html).select("script[nonce]").attr("nonce");
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  URI base() {
    return base;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
