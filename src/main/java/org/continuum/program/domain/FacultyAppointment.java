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

/** A faculty member's appointment to teach in a program, from a date and until it ends. */
@Entity
@Table(name = "faculty_appointment")
public class FacultyAppointment extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", nullable = false, updatable = false)
  private Program program;

  @Column(name = "faculty_id", nullable = false, updatable = false)
  private Long facultyId;

  @Column(name = "title", length = 120)
  private String title;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected FacultyAppointment() {}

  public FacultyAppointment(Program program, long facultyId, String title, LocalDate startDate) {
    this.program = Check.required("program", Wording.of("label.program"), program);
    this.facultyId = facultyId;
    this.title = Check.optionalText("title", Wording.of("label.title"), title, 120);
    this.startDate = Check.required("startDate", Wording.of("label.startDate"), startDate);
  }

  public boolean isCurrent() {
    return endDate == null;
  }

  public void end(LocalDate on) {
    Check.required("endDate", Wording.of("label.endDate"), on);
    if (endDate != null) {
      throw new RuleViolationException(Wording.of("facultyAppointment.appointmentHasAlreadyEnded"));
    }
    if (on.isBefore(startDate)) {
      throw new InvalidInputException(
          "endDate", Wording.of("facultyAppointment.endDateBeforeStart"));
    }
    endDate = on;
  }

  public Program getProgram() {
    return program;
  }

  public Long getFacultyId() {
    return facultyId;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
