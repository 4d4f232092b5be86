package org.copydesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  public boolean isEmpty() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() == 0;
  }
}
