package org.copydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a user name and password against the users table; the roles become the caller's groups.
 * A pair verified in the last two minutes is accepted from {@link VerifiedCredentials} without a
 * new PBKDF2 hash, which is what keeps HTTP Basic on every API call affordable.
 */
@ApplicationScoped
public class NewsroomIdentityStore implements IdentityStore {

  @Inject
  private UserDirectory users;

  @Inject
  private PasswordHashing passwords;

  @Inject
  private VerifiedCredentials recent;

  @Inject
  private AccountStates states;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    if (password.length > 256 || credential.getCaller() == null || credential.getCaller().length() > 64) {
      // Passwords are at most 128 characters (256 UTF-16 units): a longer one is wrong without
      // spending a PBKDF2 hash on it, so huge inputs cannot be used to load the server.
      return CredentialValidationResult.INVALID_RESULT;
    }
    VerifiedCredentials.Verified verified = recent.recentlyVerified(credential.getCaller(), password);
    if (verified != null) {
      if (states.stillValid(credential.getCaller(), verified.sessionEpoch())) {
        return new CredentialValidationResult(credential.getCaller(), verified.groups());
      }
      // Disabled, or a new password or roles since: verify against the row again.
      recent.forget(credential.getCaller());
    }
    Optional<AppUser> user = users.find(credential.getCaller());
    if (user.isEmpty()) {
      passwords.verifyDecoy(credential.getPassword().getValue());
      return CredentialValidationResult.INVALID_RESULT;
    }
    AppUser u = user.get();
    if (!passwords.verify(credential.getPassword().getValue(), u.getPasswordHash()) || !u.isEnabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> roles = u.getRoles().stream().map(Role::name).collect(Collectors.toSet());
    recent.remember(u.getUsername(), password, roles, u.getSessionEpoch());
    return new CredentialValidationResult(u.getUsername(), roles);
  }
}
