package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.TOKEN_ISSUED;
import static org.continuum.audit.domain.AuditEventType.TOKEN_REVOKED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.ApiToken;
import org.continuum.identity.domain.ApiTokenRepository;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Words;

/**
 * Opaque bearer tokens for API clients: 256 random bits, stored only as their SHA-256. Checking a
 * token costs one hash and one indexed lookup; the password's slow hash is paid once, when the
 * token is issued.
 */
@ApplicationScoped
@Transactional
public class TokenService {

  static final String SUBJECT = "api-token";

  private final SecureRandom random = new SecureRandom();

  @Inject Clock clock;
  @Inject ApiTokenRepository tokens;
  @Inject AccountRepository accounts;
  @Inject UserSnapshots snapshots;
  @Inject IdentitySettings settings;
  @Inject AuditTrail audit;
  @Inject ResolvedTokens resolved;
  @Inject Event<AccountAccessChanged> accessChanged;

  public IssuedToken issue(AuthenticatedUser user, String clientLabel) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(settings.tokenLifetime());
    String label = clientLabel == null || clientLabel.isBlank() ? null : clip(clientLabel.strip());
    ApiToken token = new ApiToken(Sha256.hex(raw), user.accountId(), label, now, expiresAt);
    tokens.add(token);
    audit.recordAs(
        TOKEN_ISSUED,
        user.accountId(),
        user.username(),
        SUBJECT,
        null,
        null,
        "expires " + expiresAt + (label == null ? "" : ", client " + label));
    return new IssuedToken(raw, expiresAt);
  }

  /**
   * The user behind a usable token of an active account, or empty. Recently resolved tokens come
   * from {@link ResolvedTokens}, which drops them as soon as the account's access changes.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AuthenticatedUser> authenticate(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = Sha256.hex(rawToken);
    Optional<AuthenticatedUser> cached = resolved.find(hash, now);
    if (cached.isPresent()) {
      return cached;
    }
    long generation = resolved.generation();
    Optional<ApiToken> token = tokens.findByHash(hash).filter(t -> t.isUsableAt(now));
    Optional<AuthenticatedUser> user =
        token
            .flatMap(t -> accounts.findById(t.getAccountId()))
            .filter(Account::isActive)
            .map(snapshots::of);
    user.ifPresent(u -> resolved.remember(hash, u, token.get().getExpiresAt(), now, generation));
    return user;
  }

  /** Revokes the caller's own token; a token of someone else is left alone. */
  public boolean revoke(String rawToken, long callerAccountId) {
    Optional<ApiToken> found =
        tokens.findByHash(Sha256.hex(rawToken)).filter(t -> t.getAccountId() == callerAccountId);
    found.ifPresent(
        token -> {
          token.revoke(clock.instant());
          accessChanged.fire(new AccountAccessChanged(callerAccountId));
          audit.record(TOKEN_REVOKED, SUBJECT, token.getId(), null, "revoked by its holder");
        });
    return found.isPresent();
  }

  /** Revokes every usable token of an account (password change, disabling, on request). */
  public int revokeAll(long accountId, String reason) {
    Instant now = clock.instant();
    List<ApiToken> usable = tokens.findUsableByAccount(accountId, now);
    usable.forEach(token -> token.revoke(now));
    accessChanged.fire(new AccountAccessChanged(accountId));
    if (!usable.isEmpty()) {
      audit.record(
          TOKEN_REVOKED,
          "account",
          accountId,
          null,
          Words.count(usable.size(), "token") + " revoked: " + reason);
    }
    return usable.size();
  }

  private static String clip(String label) {
    return label.length() <= 80 ? label : label.substring(0, 80);
  }
}
