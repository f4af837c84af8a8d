package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tokens recently resolved to their user, so that an API client's every request does not cost three
 * database reads (token, account, memberships) before any work starts.
 *
 * <p>Correctness comes first: an entry never outlives its token's expiry, and any change to an
 * account's access ({@link AccountAccessChanged}: revocation, disabling, password change, a role
 * granted or revoked) drops that account's entries, once when it happens and again after its
 * transaction ends. A resolution read from the database while such a change was in flight is not
 * stored (the generation check), so it cannot bring a revoked token back. The short lifetime bounds
 * what any other change could leave behind.
 */
@ApplicationScoped
public class ResolvedTokens {

  static final Duration LIFETIME = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 20_000;

  private record Entry(AuthenticatedUser user, Instant tokenExpiresAt, Instant cachedUntil) {}

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
  private final AtomicLong generation = new AtomicLong();

  /** Taken before reading the database; {@link #remember} ignores results read across a change. */
  public long generation() {
    return generation.get();
  }

  public Optional<AuthenticatedUser> find(String tokenHash, Instant now) {
    Entry entry = byHash.get(tokenHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (!now.isBefore(entry.tokenExpiresAt()) || !now.isBefore(entry.cachedUntil())) {
      byHash.remove(tokenHash, entry);
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }

  public void remember(
      String tokenHash,
      AuthenticatedUser user,
      Instant tokenExpiresAt,
      Instant now,
      long readAtGeneration) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
    }
    byHash.put(tokenHash, new Entry(user, tokenExpiresAt, now.plus(LIFETIME)));
    if (generation.get() != readAtGeneration) {
      byHash.remove(tokenHash);
    }
  }

  /** Drops the account's entries at once; see {@link #afterCompletion} for the second time. */
  public void forget(long accountId) {
    generation.incrementAndGet();
    byHash.values().removeIf(entry -> entry.user().accountId() == accountId);
  }

  void onChange(@Observes AccountAccessChanged change) {
    forget(change.accountId());
  }

  /** Again once the change is committed (or rolled back), for reads that raced with it. */
  void afterCompletion(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) AccountAccessChanged change) {
    forget(change.accountId());
  }
}
