package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A procedure a trainee starred, so it comes first when they log. */
@Entity
@Table(name = "procedure_favourite")
public class ProcedureFavourite {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private Long traineeId;

  @Column(name = "procedure_type_id", nullable = false, updatable = false)
  private Long procedureTypeId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ProcedureFavourite() {}

  public ProcedureFavourite(long traineeId, long procedureTypeId, Instant createdAt) {
    this.traineeId = traineeId;
    this.procedureTypeId = procedureTypeId;
    this.createdAt = createdAt;
  }

  public Long getProcedureTypeId() {
    return procedureTypeId;
  }
}
