package org.copydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7, sessions and user administration (ASVS 2.1.1, 2.1.2, 3.3.1, 3.3.4, 4.1.1): an
 * administrator creates accounts that can sign in, bad passwords are refused whole, only
 * administrators reach the users API and page, ending a user's sessions or disabling them sends an
 * already open page session to the login page, a disabled user's API calls are refused, and an
 * administrator cannot lock themselves out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAdministrationIT {

  private static final String LOGIN_HEADING = "Sign in to Copydesk";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.app();
  }

  @ArquillianResource
  private URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private record Answer(int status, String body, String contentType) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  /** An API call with HTTP Basic as any user and password (the shared Api client knows only the demo password). */
  private Answer call(String user, String password, String method, String path, JsonObjectBuilder body) {
    URI uri = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve("api/" + path);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.build().toString(), StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Answer asAda(String method, String path, JsonObjectBuilder body) {
    return call("ada", Deployments.PASSWORD, method, path, body);
  }

  private static String newName() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static JsonObjectBuilder newUser(String username, String password, String... roles) {
    var list = Json.createArrayBuilder();
    for (String role : roles) {
      list.add(role);
    }
    return Json.createObjectBuilder().add("username", username).add("displayName", "Test " + username).add("roles", list).add("password", password);
  }

  private String created(String password, String... roles) {
    String username = newName();
    Answer created = asAda("POST", "users", newUser(username, password, roles));
    assertEquals(201, created.status(), created.body());
    return username;
  }

  private FormLogin signedIn(String user, String password) {
    FormLogin browser = new FormLogin(base);
    var login = browser.login(browser.get("login.xhtml").body(), user, password);
    assertEquals(302, login.statusCode(), "signs in: " + login.body());
    assertTrue(Jsoup.parse(browser.get("app/desk.xhtml").body()).text().contains("Signed in as " + user));
    return browser;
  }

  /** The h1 of a page as a browser ends up seeing it, following one redirect to the same application. */
  private String heading(FormLogin browser, String path) {
    var answer = browser.get(path);
    if (answer.statusCode() == 302) {
      String location = answer.headers().firstValue("Location").orElseThrow();
      URI target = browser.base().resolve(location);
      assertTrue(target.toString().startsWith(browser.base().toString()), "stays in the application: " + location);
      answer = browser.get(browser.base().relativize(target).toString());
    }
    return Jsoup.parse(answer.body()).select("h1").text();
  }

  @Test
  void anAdministratorCreatesAUserWhoCanThenSignIn() {
    String password = "a fresh password ✓";
    String username = newName();
    Answer created = asAda("POST", "users", newUser(username, password, "REPORTER", "FACT_CHECKER"));
    assertEquals(201, created.status(), created.body());
    assertEquals(username, created.json().getString("username"));
    assertEquals("[\"FACT_CHECKER\",\"REPORTER\"]", created.json().getJsonArray("roles").toString());
    assertTrue(created.json().getBoolean("enabled"));
    assertFalse(created.body().contains("password"), "no password or hash ever goes out");

    signedIn(username, password);
    JsonObject listed = asAda("GET", "users/" + username, null).json();
    assertFalse(listed.isNull("lastSignIn"), "the sign-in is recorded: " + listed);
    assertEquals(200, call(username, password, "GET", "stories", null).status(), "and the API takes the new account");

    Answer duplicate = asAda("POST", "users", newUser(username, password, "EDITOR"));
    assertEquals(409, duplicate.status(), duplicate.body());
    assertEquals("users.duplicate", duplicate.json().getString("key"));
  }

  @Test
  void asvs_2_1_1_and_2_1_2_passwordsOf7And129CharactersAreRefusedAndNothingIsCreated() {
    for (String password : new String[] {"1234567", "p".repeat(129)}) {
      String username = newName();
      Answer refused = asAda("POST", "users", newUser(username, password, "REPORTER"));
      assertEquals(400, refused.status(), refused.body());
      assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
      assertEquals("users.password.length", refused.json().getString("key"));
      assertTrue(refused.json().getString("detail").contains("at least 8 and at most 128"), refused.body());
      assertEquals(404, asAda("GET", "users/" + username, null).status(), "nothing was created");
    }
    String username = created("p".repeat(128), "REPORTER");
    Answer shortReset = asAda("PUT", "users/" + username + "/password", Json.createObjectBuilder().add("password", "short"));
    assertEquals(400, shortReset.status(), shortReset.body());
    signedIn(username, "p".repeat(128));

    Answer noRole = asAda("POST", "users", newUser(newName(), "long enough", new String[0]));
    assertEquals(400, noRole.status());
    assertEquals("users.roles.required", noRole.json().getString("key"));
    Answer badName = asAda("POST", "users", newUser("Not A Name", "long enough", "REPORTER"));
    assertEquals(400, badName.status());
    assertEquals("users.username.invalid", badName.json().getString("key"));
  }

  @Test
  void asvs_4_1_1_onlyAdministratorsReachTheUsersApiAndPage() {
    Answer list = call("rita", Deployments.PASSWORD, "GET", "users", null);
    assertEquals(403, list.status(), list.body());
    assertEquals(403, call("eddie", Deployments.PASSWORD, "POST", "users", newUser(newName(), "long enough", "ADMIN")).status());
    assertEquals(403, call("eddie", Deployments.PASSWORD, "DELETE", "users/ada/sessions", null).status());
    assertEquals(401, call("ada", "not-her-password", "GET", "users", null).status());

    FormLogin rita = signedIn("rita", Deployments.PASSWORD);
    assertEquals(403, rita.get("app/users.xhtml").statusCode(), "the page is for administrators");
    assertFalse(rita.get("app/desk.xhtml").body().contains("app/users.xhtml"), "and not in her navigation");

    FormLogin ada = signedIn("ada", Deployments.PASSWORD);
    var page = ada.get("app/users.xhtml");
    assertEquals(200, page.statusCode());
    assertEquals("Users and sign-ins", Jsoup.parse(page.body()).select("h1").text());
    assertTrue(Jsoup.parse(page.body()).select(".username").eachText().containsAll(java.util.List.of("ada", "rita", "eddie")));
    assertTrue(ada.get("app/desk.xhtml").body().contains("app/users.xhtml"), "administrators have the link");
  }

  @Test
  void asvs_3_3_4_endingAUsersSessionsSendsTheirOpenPageSessionToTheLogin() {
    String username = created("first password", "EDITOR");
    FormLogin page = signedIn(username, "first password");
    FormLogin secondDevice = signedIn(username, "first password");

    Answer ended = asAda("DELETE", "users/" + username + "/sessions", null);
    assertEquals(204, ended.status(), ended.body());
    assertEquals(LOGIN_HEADING, heading(page, "app/desk.xhtml"), "the next request of an open session lands on the login page");
    assertEquals(LOGIN_HEADING, heading(secondDevice, "app/desk.xhtml"), "on every device");
    assertEquals(LOGIN_HEADING, heading(page, "app/desk.xhtml"), "and stays signed out");

    signedIn(username, "first password");
  }

  @Test
  void asvs_3_3_1_disablingAUserEndsTheirSessionAndRefusesTheirApiCalls() {
    String username = created("first password", "REPORTER");
    FormLogin page = signedIn(username, "first password");
    assertEquals(200, call(username, "first password", "GET", "stories", null).status());

    Answer disabled = asAda("PUT", "users/" + username + "/enabled", Json.createObjectBuilder().add("enabled", false));
    assertEquals(200, disabled.status(), disabled.body());
    assertFalse(disabled.json().getBoolean("enabled"));

    assertEquals(LOGIN_HEADING, heading(page, "app/desk.xhtml"), "the open session has ended");
    assertEquals(401, call(username, "first password", "GET", "stories", null).status(), "the API refuses a disabled account");
    FormLogin again = new FormLogin(base);
    var refused = again.login(again.get("login.xhtml").body(), username, "first password");
    assertEquals(200, refused.statusCode());
    assertTrue(Jsoup.parse(refused.body()).text().contains("Wrong user name or password"), "a disabled account cannot sign in");

    Answer enabled = asAda("PUT", "users/" + username + "/enabled", Json.createObjectBuilder().add("enabled", true));
    assertEquals(200, enabled.status(), enabled.body());
    assertEquals(200, call(username, "first password", "GET", "stories", null).status(), "enabled again");
  }

  @Test
  void newRolesAndANewPasswordEndTheOpenSessions() {
    String username = created("first password", "REPORTER");
    FormLogin page = signedIn(username, "first password");
    assertEquals(403, call(username, "first password", "GET", "users", null).status());

    Answer roles = asAda("PUT", "users/" + username + "/roles", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("ADMIN")));
    assertEquals(200, roles.status(), roles.body());
    assertEquals(LOGIN_HEADING, heading(page, "app/desk.xhtml"));
    assertEquals(200, call(username, "first password", "GET", "users", null).status(), "the new role applies");

    FormLogin again = signedIn(username, "first password");
    Answer password = asAda("PUT", "users/" + username + "/password", Json.createObjectBuilder().add("password", "second password"));
    assertEquals(200, password.status(), password.body());
    assertEquals(LOGIN_HEADING, heading(again, "app/desk.xhtml"));
    assertEquals(401, call(username, "first password", "GET", "stories", null).status(), "the old password no longer works");
    assertEquals(200, call(username, "second password", "GET", "stories", null).status());
  }

  @Test
  void anAdministratorCannotDisableThemselvesNorDropTheirOwnAdminRole() {
    Answer disable = asAda("PUT", "users/ada/enabled", Json.createObjectBuilder().add("enabled", false));
    assertEquals(400, disable.status(), disable.body());
    assertEquals("users.self.disable", disable.json().getString("key"));
    Answer demote = asAda("PUT", "users/ada/roles", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("EDITOR")));
    assertEquals(400, demote.status(), demote.body());
    assertEquals("users.self.admin", demote.json().getString("key"));
    JsonObject ada = asAda("GET", "users/ada", null).json();
    assertTrue(ada.getBoolean("enabled"));
    assertEquals("[\"ADMIN\"]", ada.getJsonArray("roles").toString(), "nothing changed");
  }
}
