package org.continuum.identity.application;

import java.io.Serializable;
import java.time.Instant;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountStatus;

/** An account as lists and forms show it (never the password hash). */
public record AccountView(
    long id,
    long version,
    String username,
    String displayName,
    String email,
    AccountStatus status,
    boolean locked,
    Instant lockedUntil,
    Instant lastSignInAt,
    String modifiedBy,
    Instant modifiedAt)
    implements Serializable {

  static AccountView of(Account a, Instant now) {
    return new AccountView(
        a.getId(),
        a.getVersion(),
        a.getUsername(),
        a.getDisplayName(),
        a.getEmail(),
        a.getStatus(),
        a.isLocked(now),
        a.isLocked(now) ? a.getLockedUntil() : null,
        a.getLastSignInAt(),
        a.getModifiedBy(),
        a.getModifiedAt());
  }
}
