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
    this.program = Check.required("program", "Program", program);
    this.facultyId = facultyId;
    this.title = Check.optionalText("title", "Title", title, 120);
    this.startDate = Check.required("startDate", "Start date", startDate);
  }

  public boolean isCurrent() {
    return endDate == null;
  }

  public void end(LocalDate on) {
    Check.required("endDate", "End date", on);
    if (endDate != null) {
      throw new RuleViolationException("This appointment has already ended.");
    }
    if (on.isBefore(startDate)) {
      throw new InvalidInputException("endDate", "End date must not be before the start date.");
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
