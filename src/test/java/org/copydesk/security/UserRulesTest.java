package org.copydesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.copydesk.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** ASVS 2.1.1 / 2.1.2 (password length) and the account rules an administrator works under. */
class UserRulesTest {

  private static void refused(Runnable r, String key) {
    assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getMessageKey()).isEqualTo(key));
  }

  @Test
  void asvs_2_1_1_passwordsOfFewerThanEightCharactersAreRefused() {
    refused(() -> UserRules.password("1234567"), "users.password.length");
    refused(() -> UserRules.password(""), "users.password.length");
    refused(() -> UserRules.password(null), "users.password.length");
    assertThat(UserRules.password("12345678")).hasSize(8);
  }

  @Test
  void asvs_2_1_2_passwordsUpTo128CharactersAreAcceptedAndLongerOnesRefused() {
    assertThat(UserRules.password("a".repeat(128))).hasSize(128);
    refused(() -> UserRules.password("a".repeat(129)), "users.password.length");
  }

  @Test
  void passwordLengthCountsCodePointsNotUtf16Units() {
    String emoji = "\uD83D\uDD11"; // one key emoji: one character, two UTF-16 units
    assertThat(UserRules.password(emoji.repeat(8))).hasSize(16);
    assertThat(UserRules.password(emoji.repeat(128))).hasSize(256);
    refused(() -> UserRules.password(emoji.repeat(129)), "users.password.length");
    refused(() -> UserRules.password(emoji.repeat(7)), "users.password.length");
  }

  @Test
  void passwordsKeepSpacesAndAnyCharacters() {
    assertThat(new String(UserRules.password("  correct horse battery staple  "))).isEqualTo("  correct horse battery staple  ");
  }

  @Test
  void userNamesAreLowerCaseLettersDigitsAndSeparatorsStartingWithALetter() {
    assertThat(UserRules.username("  ada.park_2-x ")).isEqualTo("ada.park_2-x");
    assertThat(UserRules.username("ab")).isEqualTo("ab");
    assertThat(UserRules.username("a" + "b".repeat(63))).hasSize(64);
    for (String bad : new String[] {null, "", "a", "Ada", "1ada", "ada park", "ada@example.org", "a" + "b".repeat(64), "ad\na", "_ada"}) {
      refused(() -> UserRules.username(bad), "users.username.invalid");
    }
  }

  @Test
  void aDisplayNameIsRequiredAndShort() {
    assertThat(UserRules.displayName(" Ada Park ")).isEqualTo("Ada Park");
    refused(() -> UserRules.displayName(" "), "users.displayName.invalid");
    refused(() -> UserRules.displayName("x".repeat(121)), "users.displayName.invalid");
    refused(() -> UserRules.displayName("Ada\u0007"), "users.displayName.invalid");
  }

  @Test
  void atLeastOneKnownRole() {
    assertThat(UserRules.roles(List.of("editor", "ADMIN"))).isEqualTo(EnumSet.of(Role.EDITOR, Role.ADMIN));
    refused(() -> UserRules.roles(List.of()), "users.roles.required");
    refused(() -> UserRules.roles(null), "users.roles.required");
    refused(() -> UserRules.roles(List.of("EDITOR", "SUPERUSER")), "users.roles.unknown");
  }

  @Test
  void anAdministratorKeepsTheirOwnAdminRoleAndAccount() {
    Actor ada = Actor.of("ada", Role.ADMIN);
    refused(() -> UserRules.mayChangeRoles(ada, "ada", EnumSet.of(Role.EDITOR)), "users.self.admin");
    UserRules.mayChangeRoles(ada, "ada", EnumSet.of(Role.EDITOR, Role.ADMIN));
    UserRules.mayChangeRoles(ada, "eddie", EnumSet.of(Role.REPORTER));
    refused(() -> UserRules.mayDisable(ada, "ada"), "users.self.disable");
    UserRules.mayDisable(ada, "eddie");
  }
}
