package org.continuum.shared.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Someone saved the record after the caller read it; the caller must reload rather than overwrite.
 */
public class ConcurrentEditException extends DomainException {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String changedBy;
  private final Instant changedAt;

  public ConcurrentEditException(String changedBy, Instant changedAt) {
    super(
        changedAt == null
            ? Wording.of(
                "concurrentEdit.changed",
                changedBy == null ? Wording.of("concurrentEdit.someone") : changedBy)
            : Wording.of(
                "concurrentEdit.changedAt",
                changedBy == null ? Wording.of("concurrentEdit.someone") : changedBy,
                WHEN.format(changedAt)));
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
