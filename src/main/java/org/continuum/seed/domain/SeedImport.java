package org.continuum.seed.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.continuum.shared.domain.BaseEntity;

/**
 * Which version of a seed document has been applied. A document is applied when it is new or its
 * version is higher than the one recorded; applying it again is a no-op.
 */
@Entity
@Table(name = "seed_import")
public class SeedImport extends BaseEntity {

  @Column(name = "seed_key", nullable = false, unique = true, length = 160, updatable = false)
  private String key;

  @Column(name = "seed_version", nullable = false)
  private int seedVersion;

  @Column(name = "checksum", nullable = false, length = 64)
  private String checksum;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  protected SeedImport() {}

  public SeedImport(String key, int version, String checksum, Instant appliedAt) {
    this.key = key;
    this.seedVersion = version;
    this.checksum = checksum;
    this.appliedAt = appliedAt;
  }

  public boolean isSatisfiedBy(int candidateVersion) {
    return candidateVersion <= seedVersion;
  }

  public void recordApplied(int newVersion, String newChecksum, Instant at) {
    if (newVersion <= seedVersion) {
      throw new IllegalArgumentException("a seed version only goes up");
    }
    this.seedVersion = newVersion;
    this.checksum = newChecksum;
    this.appliedAt = at;
  }

  public String getKey() {
    return key;
  }

  public int getSeedVersion() {
    return seedVersion;
  }

  public String getChecksum() {
    return checksum;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }
}
