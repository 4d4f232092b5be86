package org.copydesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The enabled flag and session epoch of accounts, as every signed-in request checks them.
 *
 * <p>Cost: one query on the unique user-name index (two columns, no roles) per user at most every
 * {@link #FRESH}, kept in this instance's memory. A page load is a dozen requests (page, ajax,
 * resources, the notifications poll) within a second or two, so this is about one lookup per page
 * instead of one per request, while an "end sessions" or a disable made on another instance (no
 * session replication, one shared database) takes effect here within two seconds. On the instance
 * that made the change it takes effect at once: {@link UserAdministration} calls {@link #forget}.
 */
@ApplicationScoped
public class AccountStates {

  static final Duration FRESH = Duration.ofSeconds(2);
  private static final int MAX_ENTRIES = 10_000;

  private record Cached(AccountState state, long loadedAt) {}

  private static final AccountState GONE = new AccountState("", false, -1);

  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

  @Inject
  private UserDirectory directory;

  /** The account's current state; a removed or unknown account is reported as disabled. */
  public AccountState current(String username) {
    long now = System.nanoTime();
    Cached cached = cache.get(username);
    if (cached != null && now - cached.loadedAt < FRESH.toNanos()) {
      return cached.state;
    }
    AccountState state = directory.state(username).orElse(GONE);
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(username, new Cached(state, now));
    return state;
  }

  /** Is a session made at the given epoch still good? */
  public boolean stillValid(String username, long sessionEpoch) {
    AccountState state = current(username);
    return state.enabled() && state.sessionEpoch() == sessionEpoch;
  }

  public void forget(String username) {
    cache.remove(username);
  }
}
