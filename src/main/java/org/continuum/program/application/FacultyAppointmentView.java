package org.continuum.program.application;

import java.time.LocalDate;
import org.continuum.program.domain.FacultyAppointment;

public record FacultyAppointmentView(
    long id, ProgramView program, String title, LocalDate startDate, LocalDate endDate) {

  static FacultyAppointmentView of(FacultyAppointment a) {
    return new FacultyAppointmentView(
        a.getId(), ProgramView.of(a.getProgram()), a.getTitle(), a.getStartDate(), a.getEndDate());
  }

  public boolean current() {
    return endDate == null;
  }
}
