package org.copydesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP ASVS 5), where Jakarta Security's default is
 * 2,048. One hash costs about 0.2 s of a core, so it runs on sign-in and password changes only.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final int ITERATIONS = 210_000;

  /**
   * Hashed when a user name is unknown, so that an unknown name costs as much time as a wrong
   * password and the response time does not tell which names exist.
   */
  private String decoy;

  @Inject
  private Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(char[] password) {
    return hash.generate(password);
  }

  public boolean verify(char[] password, String stored) {
    return hash.verify(password, stored);
  }

  /** Spends the time of one verification without a stored hash to compare with. */
  public void verifyDecoy(char[] password) {
    if (decoy == null) {
      decoy = hash.generate("decoy-password".toCharArray());
    }
    hash.verify(password, decoy);
  }
}
