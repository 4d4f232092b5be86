package org.copydesk.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-in throttling per account and per address, kept in the database so that every instance
 * behind one address applies the same waits. Each call is its own transaction: a failed sign-in
 * is counted even though the request that made it fails.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottle {

  @PersistenceContext(unitName = "copydesk")
  private EntityManager em;

  static String account(String username) {
    return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  static String address(String remoteAddress) {
    return "address:" + remoteAddress;
  }

  /** How much longer sign-in is refused for this account or address, if it is. */
  public Optional<Duration> refusedFor(String username, String remoteAddress) {
    OffsetDateTime now = now();
    OffsetDateTime until = null;
    for (String subject : new String[] {account(username), address(remoteAddress)}) {
      LoginAttempts attempts = em.find(LoginAttempts.class, subject);
      if (attempts != null && attempts.getBlockedUntil().isAfter(now) && (until == null || attempts.getBlockedUntil().isAfter(until))) {
        until = attempts.getBlockedUntil();
      }
    }
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  public void failed(String username, String remoteAddress) {
    OffsetDateTime now = now();
    fail(account(username), ThrottlePolicy.ACCOUNT, now);
    fail(address(remoteAddress), ThrottlePolicy.ADDRESS, now);
  }

  /** A correct password clears the account's failures; the address keeps its count until it is forgotten. */
  public void succeeded(String username) {
    LoginAttempts attempts = em.find(LoginAttempts.class, account(username), LockModeType.PESSIMISTIC_WRITE);
    if (attempts != null) {
      em.remove(attempts);
    }
  }

  private void fail(String subject, ThrottlePolicy policy, OffsetDateTime now) {
    LoginAttempts attempts = em.find(LoginAttempts.class, subject, LockModeType.PESSIMISTIC_WRITE);
    if (attempts == null) {
      attempts = new LoginAttempts(subject, now);
      em.persist(attempts);
    }
    attempts.fail(policy, now);
    em.flush();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
