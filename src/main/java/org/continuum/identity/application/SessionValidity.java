package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;

/**
 * Whether a page session still stands: not once the account's password was changed or reset after
 * it signed in (every other session of the account ends; the session that changed it signs in
 * anew), nor once the account is disabled or gone. A session remembers the account's credentials
 * version it signed in under. Asked on every page request, so the answer per account is kept for a
 * short while and dropped when the account's access changes here; on another server of a cluster a
 * change takes at most {@link #FRESH_FOR} to take effect.
 */
@ApplicationScoped
public class SessionValidity {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  /** What a session is checked against: the credentials version, and whether usable. */
  private record Standing(int version, boolean active, Instant readAt) {}

  @Inject AccountRepository accounts;
  @Inject Clock clock;

  private final Map<String, Standing> standings = new ConcurrentHashMap<>();

  /** The account's credentials version now, read afresh: what a new session signs in under. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int versionOf(String username) {
    return read(username).version();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean stands(String username, int signedInUnder) {
    Standing standing = standings.get(username);
    if (standing == null || standing.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
      standing = read(username);
    }
    return standing.active() && standing.version() == signedInUnder;
  }

  private Standing read(String username) {
    Optional<Account> account = accounts.findByUsername(Account.normalizeUsername(username));
    Standing standing =
        new Standing(
            account.map(Account::getCredentialsVersion).orElse(-1),
            account.map(Account::isActive).orElse(false),
            clock.instant());
    standings.put(username, standing);
    return standing;
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountAccessChanged change) {
    // changes are rare: forgetting every answer is simpler than mapping ids to names
    standings.clear();
  }
}
