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
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * A faculty member teaching on a rotation from a date (until an end date, once they stop). They
 * teach the trainees whose blocks on the rotation overlap that time.
 */
@Entity
@Table(name = "rotation_teacher")
public class RotationTeacher extends BaseEntity {

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "rotation_id", nullable = false, updatable = false)
  private Rotation rotation;

  @Column(name = "faculty_id", nullable = false, updatable = false)
  private Long facultyId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected RotationTeacher() {}

  public RotationTeacher(Rotation rotation, long facultyId, LocalDate startDate) {
    this.rotation = Check.required("rotationId", Wording.of("label.rotation"), rotation);
    this.facultyId = facultyId;
    this.startDate = Check.required("startDate", Wording.of("label.startDate"), startDate);
  }

  public void end(LocalDate on) {
    Check.required("endDate", Wording.of("label.endDate"), on);
    if (endDate != null) {
      throw new RuleViolationException(Wording.of("rotationTeacher.teacherHasAlreadyStopped"));
    }
    if (on.isBefore(startDate)) {
      throw new InvalidInputException("endDate", Wording.of("rotationTeacher.endDateBeforeStart"));
    }
    endDate = on;
  }

  /** Whether they teach on the rotation at some time between the dates. */
  public boolean teachesDuring(LocalDate from, LocalDate to) {
    return !startDate.isAfter(to) && (endDate == null || !endDate.isBefore(from));
  }

  public Rotation getRotation() {
    return rotation;
  }

  public Long getFacultyId() {
    return facultyId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
