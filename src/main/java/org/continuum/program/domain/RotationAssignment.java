package org.continuum.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/** One block of the schedule: a trainee on a rotation from one date to another, both included. */
@Entity
@Table(name = "rotation_assignment")
public class RotationAssignment extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "rotation_id", nullable = false)
  private Rotation rotation;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private Long traineeId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  protected RotationAssignment() {}

  public RotationAssignment(
      Rotation rotation, long traineeId, LocalDate startDate, LocalDate endDate) {
    this.rotation = Check.required("rotationId", Wording.of("label.rotation"), rotation);
    this.programId = rotation.getProgramId();
    this.traineeId = traineeId;
    reschedule(startDate, endDate);
  }

  public void reschedule(LocalDate newStart, LocalDate newEnd) {
    Violations problems = new Violations();
    LocalDate start =
        problems.collect(
            () -> Check.required("startDate", Wording.of("label.startDate"), newStart));
    LocalDate end =
        problems.collect(() -> Check.required("endDate", Wording.of("label.endDate"), newEnd));
    problems.throwIfAny();
    if (end.isBefore(start)) {
      throw new InvalidInputException(
          "endDate", Wording.of("rotationAssignment.endDateBeforeStart"));
    }
    if (start.plusYears(1).isBefore(end)) {
      throw new InvalidInputException(
          "endDate", Wording.of("rotationAssignment.blockLastsMostYear"));
    }
    this.startDate = start;
    this.endDate = end;
  }

  /** Whether the two date ranges share a day. */
  public boolean overlaps(LocalDate start, LocalDate end) {
    return !start.isAfter(endDate) && !end.isBefore(startDate);
  }

  public Long getProgramId() {
    return programId;
  }

  public Rotation getRotation() {
    return rotation;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
