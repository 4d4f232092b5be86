package org.copydesk.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Who is doing something: the caller's user name and the newsroom roles they hold. */
public record Actor(String username, Set<Role> roles) {

  public Actor {
    Objects.requireNonNull(username, "username");
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Actor of(String username, Role... roles) {
    return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean is(String otherUsername) {
    return username.equals(otherUsername);
  }
}
