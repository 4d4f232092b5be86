package org.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  @Test
  void remembersOnlyTheExactPairThatWasVerified() {
    VerifiedCredentials recent = new VerifiedCredentials();
    assertThat(recent.groupsIfRecentlyVerified("rita", "secret-1".toCharArray())).isNull();
    recent.remember("rita", "secret-1".toCharArray(), Set.of("REPORTER"));
    assertThat(recent.groupsIfRecentlyVerified("rita", "secret-1".toCharArray())).containsExactly("REPORTER");
    assertThat(recent.groupsIfRecentlyVerified("rita", "secret-2".toCharArray())).isNull();
    assertThat(recent.groupsIfRecentlyVerified("robin", "secret-1".toCharArray())).isNull();
    recent.forget("rita");
    assertThat(recent.groupsIfRecentlyVerified("rita", "secret-1".toCharArray())).isNull();
  }

  @Test
  void remembersTheSessionEpochOfTheVerification() {
    VerifiedCredentials recent = new VerifiedCredentials();
    recent.remember("rita", "secret-1".toCharArray(), Set.of("REPORTER"), 7);
    assertThat(recent.recentlyVerified("rita", "secret-1".toCharArray()).sessionEpoch()).isEqualTo(7);
    assertThat(recent.recentlyVerified("rita", "secret-2".toCharArray())).isNull();
  }
}
