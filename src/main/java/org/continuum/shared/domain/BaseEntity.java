package org.continuum.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Base of every mutable aggregate: a surrogate id, an optimistic-lock version, and who created and
 * last changed it, and when. The stamps are written by {@link StampingListener}, never by callers.
 */
@MappedSuperclass
@EntityListeners(StampingListener.class)
public abstract class BaseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @Column(name = "modified_by", nullable = false, length = 64)
  private String modifiedBy;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public String getModifiedBy() {
    return modifiedBy;
  }

  /**
   * Refuses a change made on a stale copy: the caller read {@code expectedVersion}, somebody else
   * has saved since. The JPA version check catches the same race at flush time; checking here first
   * lets the message say who changed it and when.
   */
  public void requireVersion(long expectedVersion) {
    if (version != expectedVersion) {
      throw new ConcurrentEditException(modifiedBy, modifiedAt);
    }
  }

  void stampCreation(String who, Instant when) {
    createdBy = who;
    createdAt = when;
    stampModification(who, when);
  }

  void stampModification(String who, Instant when) {
    modifiedBy = who;
    modifiedAt = when;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return id != null && id.equals(((BaseEntity) other).id);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }
}
