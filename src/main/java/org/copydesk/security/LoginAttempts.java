package org.copydesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Consecutive failed sign-ins of one account or from one address, and until when they are refused. */
@Entity
@Table(name = "login_throttle")
public class LoginAttempts {

  @Id
  @Column(name = "subject", length = 300)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "last_failure", nullable = false)
  private OffsetDateTime lastFailure;

  @Column(name = "blocked_until", nullable = false)
  private OffsetDateTime blockedUntil;

  protected LoginAttempts() {}

  LoginAttempts(String subject, OffsetDateTime now) {
    this.subject = subject;
    this.lastFailure = now;
    this.blockedUntil = now;
  }

  /** Counts one more failure (starting again if the last one is long forgotten) and sets the wait. */
  void fail(ThrottlePolicy policy, OffsetDateTime now) {
    if (lastFailure.plus(ThrottlePolicy.MEMORY).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailure = now;
    blockedUntil = now.plus(policy.waitAfter(failures));
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  public OffsetDateTime getBlockedUntil() {
    return blockedUntil;
  }
}
