package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
    WebArchive war = Deployments.app();
    String webXml;
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      webXml = out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    webXml = webXml.replace("<session-config>",
        "<context-param><param-name>copydesk.SECURE_COOKIES</param-name><param-value>true</param-value></context-param>\n  <session-config>");
    war.delete("WEB-INF/web.xml");
    war.setWebXML(new StringAsset(webXml));
    return war;
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
