package org.copydesk.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.copydesk.platform.BusinessException;
import org.copydesk.platform.NotFoundException;

/**
 * Administrators keep the newsroom's accounts: create them, change roles, set a new password,
 * disable and enable them, end their sessions. Input is checked by {@link UserRules} before a
 * password is hashed or a row is touched, so a refusal leaves nothing half-saved; every change is
 * written to the security log. Changes that must reach open sessions move the account's session
 * epoch (see {@link AccountStates}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdministration {

  /** What an administrator enters for a new account. */
  public record NewUser(String username, String displayName, Collection<String> roles, String password) {}

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  @Resource
  private SessionContext context;

  @Inject
  private PasswordHashing passwords;

  @Inject
  private AccountStates states;

  @Inject
  private VerifiedCredentials recent;

  public List<AppUser> all() {
    return em.createQuery("select u from AppUser u order by u.username", AppUser.class).getResultList();
  }

  public AppUser get(String username) {
    return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
        .setParameter("name", username == null ? "" : username.strip())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("users.notFound", username));
  }

  public AppUser create(NewUser input) {
    String username = UserRules.username(input.username());
    String displayName = UserRules.displayName(input.displayName());
    Set<Role> roles = UserRules.roles(input.roles());
    char[] password = UserRules.password(input.password());
    boolean taken = !em.createQuery("select u.id from AppUser u where u.username = :name", Long.class)
        .setParameter("name", username)
        .getResultList()
        .isEmpty();
    if (taken) {
      throw new BusinessException("users.duplicate", username);
    }
    AppUser user = new AppUser(username, displayName, hash(password), roles, OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(user);
    em.flush();
    logged("CREATE", username, "roles=" + new TreeSet<>(roles));
    return user;
  }

  public AppUser changeRoles(String username, Collection<String> roleNames) {
    Set<Role> roles = UserRules.roles(roleNames);
    AppUser user = get(username);
    UserRules.mayChangeRoles(Actors.of(context), user.getUsername(), roles);
    user.changeRoles(roles);
    changed(user, "ROLES", "roles=" + new TreeSet<>(roles));
    return user;
  }

  public AppUser setPassword(String username, String password) {
    char[] checked = UserRules.password(password);
    AppUser user = get(username);
    user.changePassword(hash(checked));
    changed(user, "PASSWORD", "new password set; sessions ended");
    return user;
  }

  public AppUser disable(String username) {
    AppUser user = get(username);
    UserRules.mayDisable(Actors.of(context), user.getUsername());
    user.disable();
    changed(user, "DISABLE", "sessions ended");
    return user;
  }

  public AppUser enable(String username) {
    AppUser user = get(username);
    user.enable();
    changed(user, "ENABLE", "");
    return user;
  }

  public AppUser endSessions(String username) {
    AppUser user = get(username);
    user.endSessions();
    changed(user, "END_SESSIONS", "epoch=" + user.getSessionEpoch());
    return user;
  }

  private String hash(char[] password) {
    try {
      return passwords.hash(password);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Makes the change visible to this instance's next request at once, and logs it. */
  private void changed(AppUser user, String action, String detail) {
    em.flush();
    states.forget(user.getUsername());
    recent.forget(user.getUsername());
    logged(action, user.getUsername(), detail);
  }

  private void logged(String action, String username, String detail) {
    SecurityEvents.userChanged(context.getCallerPrincipal().getName(), action, username, detail);
  }
}
