package org.copydesk.security;

import jakarta.ejb.SessionContext;
import java.util.EnumSet;
import java.util.Set;

/** The caller of an EJB as an {@link Actor}: its principal's name and the newsroom roles it holds. */
public final class Actors {

  private Actors() {}

  public static Actor of(SessionContext context) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (context.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Actor(context.getCallerPrincipal().getName(), roles);
  }
}
