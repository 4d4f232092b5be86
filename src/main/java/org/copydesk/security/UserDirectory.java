package org.copydesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Looks users up for sign-in. Called before anyone is signed in, hence open to all callers. */
@Stateless
@PermitAll
public class UserDirectory {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  public Optional<AppUser> find(String username) {
    return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  /** Enabled flag and session epoch only: what every signed-in request checks (see AccountStates). */
  public Optional<AccountState> state(String username) {
    return em.createQuery("select u.enabled, u.sessionEpoch from AppUser u where u.username = :name", Object[].class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst()
        .map(row -> new AccountState(username, (Boolean) row[0], ((Number) row[1]).longValue()));
  }

  /** Records a page sign-in and answers the epoch the new session belongs to. */
  public long signedIn(String username) {
    AppUser user = find(username).orElseThrow(() -> new IllegalStateException("signed in as an unknown user " + username));
    user.signedIn(OffsetDateTime.now(ZoneOffset.UTC));
    return user.getSessionEpoch();
  }

  public boolean isEmpty() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0;
  }
}
