package org.copydesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;

/**
 * The signed-in caller's newsroom roles for pages ({@code #{caller.has('EDITOR')}}). Pages ask
 * this rather than {@code request.isUserInRole}: on Payara that call fails with a JACC
 * NullPointerException while an error page (404, 500) renders for a signed-in user, which turned
 * every such error page into a bare 500. The EJB container's role check has no such gap.
 */
@Named("caller")
@RequestScoped
public class CallerRoles {

  @Inject
  private RoleCheck check;

  private Set<Role> roles;

  public boolean has(String role) {
    if (roles == null) {
      roles = check.roles();
    }
    return roles.contains(Role.valueOf(role));
  }

  public boolean hasAny(String first, String second) {
    return has(first) || has(second);
  }
}
