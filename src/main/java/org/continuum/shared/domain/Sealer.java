package org.continuum.shared.domain;

/**
 * Seals the canonical text of a signed record with a key the server holds outside the database
 * (HMAC-SHA-256), and checks such seals. Whoever can write the database can recompute a plain hash
 * of rewritten content, but not a keyed seal.
 */
public interface Sealer {

  /** A seal of the text with the current key: {@code hmac-sha256:<key id>:<hex>}. */
  String seal(String canonical);

  /** Whether the seal was made of exactly this text with one of the server's keys. */
  SealCheck check(String canonical, String seal);
}
