package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ASVS 3.4.1: with the secure-cookies switch on, the session cookie carries Secure (as well as
 * HttpOnly and SameSite=Lax) even on a plain-HTTP connection, which is what a server behind a
 * TLS-terminating proxy sees. The switch is set here as the context parameter; the system
 * property and environment variable reach the same code (SessionConfigurationTest).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecureCookieIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.appWithWebXml(webXml -> Deployments.withContextParam(webXml, "copydesk.SECURE_COOKIES", "true"));
  }

  @ArquillianResource
  private URL base;

  @Test
  void asvs_3_4_1_theSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
    URI login = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve("login.xhtml");
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    List<String> session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertEquals(1, session.size(), page.headers().allValues("Set-Cookie").toString());
    String cookie = session.get(0).toLowerCase(Locale.ROOT);
    assertTrue(cookie.contains("; secure"), cookie);
    assertTrue(cookie.contains("; httponly"), cookie);
    assertTrue(cookie.contains("samesite=lax"), cookie);
  }
}
