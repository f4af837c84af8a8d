package org.continuum.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One entry of the append-only audit trail. Immutable: Hibernate never issues an UPDATE for it, and
 * the application has no operation that changes or deletes one.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false, length = 48)
  private AuditEventType type;

  /** The account that acted, when known (a failed sign-in of an unknown name has none). */
  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_name", nullable = false, updatable = false, length = 64)
  private String actorName;

  @Column(name = "subject_type", length = 32, updatable = false)
  private String subjectType;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  @Column(name = "program_id", updatable = false)
  private Long programId;

  @Column(name = "detail", length = 500, updatable = false)
  private String detail;

  @Column(name = "origin", length = 64, updatable = false)
  private String origin;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      AuditEventType type,
      Long actorId,
      String actorName,
      String subjectType,
      Long subjectId,
      Long programId,
      String detail,
      String origin) {
    this.occurredAt = occurredAt;
    this.type = type;
    this.actorId = actorId;
    this.actorName = truncate(actorName == null ? "unknown" : actorName, 64);
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.programId = programId;
    this.detail = truncate(detail, 500);
    this.origin = truncate(origin, 64);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public AuditEventType getType() {
    return type;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorName() {
    return actorName;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public Long getSubjectId() {
    return subjectId;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getDetail() {
    return detail;
  }

  public String getOrigin() {
    return origin;
  }
}
