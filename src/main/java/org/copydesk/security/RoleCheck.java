package org.copydesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Set;

/** The caller's roles as the EJB container sees them (see {@link CallerRoles} for why). */
@Stateless
@PermitAll
public class RoleCheck {

  @Resource
  private SessionContext session;

  public Set<Role> roles() {
    return Actors.of(session).roles();
  }
}
