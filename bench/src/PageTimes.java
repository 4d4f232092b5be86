import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the Faces login form (cookie jar, ViewState from the page) and times full page
 * loads, one after the other: prints one Markdown row per page with median and p99.
 *
 *   java bench/src/PageTimes.java BASE_URL USER PASSWORD RUNS LABEL=PATH [LABEL=PATH ...]
 */
public class PageTimes {

  public static void main(String[] args) throws Exception {
    String base = args[0];
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher vs = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
    if (!vs.find()) {
      throw new IllegalStateException("no ViewState on the login page");
    }
    String form = "login=login&login%3Ausername=" + enc(args[1]) + "&login%3Apassword=" + enc(args[2]) + "&login%3Asubmit=&target="
        + "&jakarta.faces.ViewState=" + enc(vs.group(1));
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (!signedIn.body().contains("Signed in as")) {
      throw new IllegalStateException("sign-in failed");
    }
    int runs = Integer.parseInt(args[3]);
    System.out.println("| page | runs | median ms | p99 ms | bytes |");
    System.out.println("|---|---|---|---|---|");
    for (int i = 4; i < args.length; i++) {
      String label = args[i].substring(0, args[i].indexOf('='));
      String path = args[i].substring(args[i].indexOf('=') + 1);
      HttpRequest get = HttpRequest.newBuilder(URI.create(base + path)).build();
      int bytes = 0;
      for (int w = 0; w < 10; w++) {
        bytes = http.send(get, HttpResponse.BodyHandlers.ofString()).body().length();
      }
      List<Long> times = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long t0 = System.nanoTime();
        HttpResponse<String> page = http.send(get, HttpResponse.BodyHandlers.ofString());
        times.add(System.nanoTime() - t0);
        if (page.statusCode() != 200) {
          throw new IllegalStateException(path + " answered " + page.statusCode());
        }
      }
      times.sort(Long::compare);
      System.out.printf("| %s | %d | %.1f | %.1f | %d |%n", label, runs, times.get(runs / 2) / 1e6, times.get((int) (runs * 0.99)) / 1e6, bytes);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
