package org.copydesk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

/** A person who signs in to Copydesk, with the roles they hold. */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(name = "username", length = 64, nullable = false, unique = true, updatable = false)
  private String username;

  @Column(name = "display_name", length = 120, nullable = false)
  private String displayName;

  @Column(name = "password_hash", length = 400, nullable = false)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled = true;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  /** Moves on whenever the user's sessions must end on every instance (see UserSessions). */
  @Column(name = "session_epoch", nullable = false)
  private long sessionEpoch;

  @Column(name = "last_sign_in")
  private OffsetDateTime lastSignIn;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20, nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected AppUser() {}

  public AppUser(String username, String displayName, String passwordHash, Set<Role> roles, OffsetDateTime now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public long getSessionEpoch() {
    return sessionEpoch;
  }

  public OffsetDateTime getLastSignIn() {
    return lastSignIn;
  }

  void signedIn(OffsetDateTime at) {
    lastSignIn = at;
  }

  /** Ends every session of this user on every instance: each one remembers an older epoch. */
  void endSessions() {
    sessionEpoch++;
  }

  /** Also ends the sessions: a disabled user must not keep working in an open page. */
  void disable() {
    enabled = false;
    endSessions();
  }

  void enable() {
    enabled = true;
  }

  /** New roles take effect at the next sign-in, so the sessions holding the old ones end. */
  void changeRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
    endSessions();
  }

  /** A new password ends the sessions (and the API's remembered credentials) made with the old one. */
  void changePassword(String newHash) {
    passwordHash = newHash;
    endSessions();
  }
}
