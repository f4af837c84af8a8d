package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Changes one trainee's enrollment: the PGY of the viewed academic year, the dates, or the end of
 * training. Saves refuse a stale copy (someone else changed it since the row was opened).
 */
@Named("enrollmentEdit")
@ViewScoped
public class EnrollmentEditBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Enrollments enrollments;
  @Inject RosterBean roster;

  private RosterRow row;
  private Integer pgy;
  private LocalDate startDate;
  private LocalDate expectedGraduation;
  private LocalDate endDate;

  public void open(RosterRow selected) {
    row = selected;
    pgy = selected.pgy();
    startDate = selected.startDate();
    expectedGraduation = selected.expectedGraduation();
    endDate = null;
  }

  public void savePgy() {
    enrollments.setPgy(row.enrollmentId(), row.version(), roster.year(), pgy == null ? 0 : pgy);
    done(Wording.of("enrollmentEditBean.pgySaved", roster.getAcademicYear(), row.displayName()));
  }

  public void saveDates() {
    enrollments.reschedule(row.enrollmentId(), row.version(), startDate, expectedGraduation);
    done(Wording.of("enrollmentEditBean.datesSaved", row.displayName()));
  }

  public void complete() {
    enrollments.complete(row.enrollmentId(), row.version(), endDate);
    done(Wording.of("enrollmentEditBean.hasCompletedTraining", row.displayName()));
  }

  public void withdraw() {
    enrollments.withdraw(row.enrollmentId(), row.version(), endDate);
    done(Wording.of("enrollmentEditBean.withdrawnProgram", row.displayName()));
  }

  private void done(String message) {
    UserMessages.info(message);
    row = null;
  }

  public RosterRow getRow() {
    return row;
  }

  public Integer getPgy() {
    return pgy;
  }

  public void setPgy(Integer pgy) {
    this.pgy = pgy;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getExpectedGraduation() {
    return expectedGraduation;
  }

  public void setExpectedGraduation(LocalDate expectedGraduation) {
    this.expectedGraduation = expectedGraduation;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public void setEndDate(LocalDate endDate) {
    this.endDate = endDate;
  }
}
