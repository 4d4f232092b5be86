package org.copydesk.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.copydesk.platform.InvalidInputException;

/**
 * What an administrator may set on an account, checked before anything is hashed or stored.
 * Passwords are counted in Unicode code points (an emoji is one character, as the user sees it),
 * 8 to 128 (OWASP ASVS 2.1.1, 2.1.2); a longer one is refused before it reaches PBKDF2. An
 * administrator may not disable themselves nor drop their own ADMIN role, so the newsroom always
 * keeps the administrator who is acting.
 */
public final class UserRules {

  public static final int MIN_PASSWORD = 8;
  public static final int MAX_PASSWORD = 128;
  public static final int MAX_DISPLAY_NAME = 120;
  /** Lower-case letters, digits, dot, dash and underscore, starting with a letter: 2 to 64 characters. */
  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  private UserRules() {}

  /** The user name as stored (trimmed), or a refusal. */
  public static String username(String username) {
    String u = username == null ? "" : username.strip();
    if (!USERNAME.matcher(u).matches()) {
      throw new InvalidInputException("users.username.invalid");
    }
    return u;
  }

  public static String displayName(String displayName) {
    String d = displayName == null ? "" : displayName.strip();
    if (d.isEmpty() || d.length() > MAX_DISPLAY_NAME || d.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException("users.displayName.invalid", MAX_DISPLAY_NAME);
    }
    return d;
  }

  /** Accepts the password as typed (spaces and pasted text included) when its length is allowed. */
  public static char[] password(String password) {
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
      throw new InvalidInputException("users.password.length", MIN_PASSWORD, MAX_PASSWORD);
    }
    return password.toCharArray();
  }

  /** Role names as the API and the page send them: at least one, each a newsroom role. */
  public static Set<Role> roles(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      throw new InvalidInputException("users.roles.required");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidInputException("users.roles.unknown", name);
      }
    }
    return roles;
  }

  /** An administrator keeps their own ADMIN role. */
  public static void mayChangeRoles(Actor actor, String target, Set<Role> newRoles) {
    if (actor.is(target) && !newRoles.contains(Role.ADMIN)) {
      throw new InvalidInputException("users.self.admin");
    }
  }

  /** An administrator cannot disable themselves. */
  public static void mayDisable(Actor actor, String target) {
    if (actor.is(target)) {
      throw new InvalidInputException("users.self.disable");
    }
  }
}
