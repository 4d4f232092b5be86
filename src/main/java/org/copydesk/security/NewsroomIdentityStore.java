package org.copydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks a user name and password against the users table; the roles become the caller's groups. */
@ApplicationScoped
public class NewsroomIdentityStore implements IdentityStore {

  @Inject
  private UserDirectory users;

  @Inject
  private PasswordHashing passwords;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<AppUser> user = users.find(credential.getCaller());
    if (user.isEmpty()) {
      passwords.verifyDecoy(credential.getPassword().getValue());
      return CredentialValidationResult.INVALID_RESULT;
    }
    AppUser u = user.get();
    if (!passwords.verify(credential.getPassword().getValue(), u.getPasswordHash()) || !u.isEnabled()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        u.getUsername(), u.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
