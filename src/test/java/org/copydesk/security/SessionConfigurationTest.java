package org.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** ASVS 3.4.1: the switch that marks the session cookie Secure, and the session settings' parsing. */
class SessionConfigurationTest {

  @Test
  void asvs_3_4_1_secureCookiesFromTheSystemPropertyOrTheEnvironment() {
    Map<String, String> none = Map.of();
    assertThat(SessionConfiguration.secureCookies(none::get, none::get)).isFalse();
    Map<String, String> property = Map.of(SessionConfiguration.SECURE_PROPERTY, "true");
    assertThat(SessionConfiguration.secureCookies(property::get, none::get)).isTrue();
    Map<String, String> env = Map.of(SessionConfiguration.SECURE_ENV, " TRUE ");
    assertThat(SessionConfiguration.secureCookies(none::get, env::get)).isTrue();
    Map<String, String> off = Map.of(SessionConfiguration.SECURE_PROPERTY, "false");
    assertThat(SessionConfiguration.secureCookies(off::get, env::get)).as("the property wins over the environment").isFalse();
  }

  @Test
  void secondsAreTakenOnlyWhenPositiveNumbers() {
    assertThat(SessionConfiguration.seconds(null, 120)).isEqualTo(120);
    assertThat(SessionConfiguration.seconds(" 45 ", 120)).isEqualTo(45);
    assertThat(SessionConfiguration.seconds("0", 120)).isEqualTo(120);
    assertThat(SessionConfiguration.seconds("soon", 120)).isEqualTo(120);
  }
}
