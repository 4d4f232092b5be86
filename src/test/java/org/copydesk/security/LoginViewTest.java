package org.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginViewTest {

  @Test
  void returnsOnlyToPagesOfThisApplication() {
    assertThat(LoginView.safeTarget("/copydesk", "/copydesk/app/desk.xhtml?state=READY")).isEqualTo("/copydesk/app/desk.xhtml?state=READY");
    assertThat(LoginView.safeTarget("", "/app/story.xhtml?id=3")).isEqualTo("/app/story.xhtml?id=3");
    assertThat(LoginView.safeTarget("", "//evil.example/x")).isEqualTo("/app/desk.xhtml");
    assertThat(LoginView.safeTarget("", "https://evil.example/")).isEqualTo("/app/desk.xhtml");
    assertThat(LoginView.safeTarget("/copydesk", "/other/app")).isEqualTo("/copydesk/app/desk.xhtml");
    assertThat(LoginView.safeTarget("", "/login.xhtml")).isEqualTo("/app/desk.xhtml");
    assertThat(LoginView.safeTarget("", "/app/x\r\nSet-Cookie: a=b")).isEqualTo("/app/desk.xhtml");
    assertThat(LoginView.safeTarget("", null)).isEqualTo("/app/desk.xhtml");
  }

  @Test
  void anOldViewTokenIsLeftOutOfTheAddressToReturnTo() {
    assertThat(LoginView.withoutViewToken("id=3&jakarta.faces.Token=abc%3D")).isEqualTo("id=3");
    assertThat(LoginView.withoutViewToken("jakarta.faces.Token=abc&story=7")).isEqualTo("story=7");
    assertThat(LoginView.withoutViewToken("jakarta.faces.Token=abc")).isEmpty();
    assertThat(LoginView.withoutViewToken("id=3&view=MINE")).isEqualTo("id=3&view=MINE");
  }
}
