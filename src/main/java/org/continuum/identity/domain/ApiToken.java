package org.continuum.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.continuum.shared.domain.BaseEntity;

/**
 * A bearer token issued to an API client. Only the SHA-256 of the token is stored: a copy of the
 * table does not let anyone call the API.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

  @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "client_label", length = 80, updatable = false)
  private String clientLabel;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(
      String tokenHash, long accountId, String clientLabel, Instant issuedAt, Instant expiresAt) {
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("a token must expire after it is issued");
    }
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.clientLabel = clientLabel;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public Long getAccountId() {
    return accountId;
  }

  public String getClientLabel() {
    return clientLabel;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
