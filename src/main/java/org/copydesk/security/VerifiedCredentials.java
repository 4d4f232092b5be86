package org.copydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, that a user name and password pair was verified, so the JSON API
 * (HTTP Basic on every call) does not spend a 0.2 s PBKDF2 hash per request. It keeps an HMAC of
 * the password under a key that lives only in this JVM's memory, never the password; entries
 * expire after {@link #TTL}, and a changed password simply fails to match. The identity store
 * also compares the remembered session epoch with the account's current one, so a password set,
 * a disable or "end sessions" on any instance stops the remembered pair within seconds.
 */
@ApplicationScoped
public class VerifiedCredentials {

  static final Duration TTL = Duration.ofMinutes(2);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(byte[] mac, Set<String> groups, long sessionEpoch, long expiresAt) {}

  /** A pair verified within the last {@link #TTL}: its groups and the account's session epoch then. */
  public record Verified(Set<String> groups, long sessionEpoch) {}

  private final byte[] key = new byte[32];
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  public VerifiedCredentials() {
    new SecureRandom().nextBytes(key);
  }

  /** The groups of a pair verified within the last {@link #TTL}, or {@code null}. */
  public Set<String> groupsIfRecentlyVerified(String username, char[] password) {
    Verified v = recentlyVerified(username, password);
    return v == null ? null : v.groups();
  }

  /** The pair's groups and epoch if it was verified within the last {@link #TTL}, or {@code null}. */
  public Verified recentlyVerified(String username, char[] password) {
    Entry e = entries.get(username);
    if (e == null) {
      return null;
    }
    if (System.nanoTime() - e.expiresAt > 0) {
      entries.remove(username, e);
      return null;
    }
    return MessageDigest.isEqual(e.mac, mac(username, password)) ? new Verified(e.groups, e.sessionEpoch) : null;
  }

  public void remember(String username, char[] password, Set<String> groups) {
    remember(username, password, groups, 0);
  }

  public void remember(String username, char[] password, Set<String> groups, long sessionEpoch) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(username, new Entry(mac(username, password), Set.copyOf(groups), sessionEpoch, System.nanoTime() + TTL.toNanos()));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] mac(String username, char[] password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      hmac.update(username.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }
}
