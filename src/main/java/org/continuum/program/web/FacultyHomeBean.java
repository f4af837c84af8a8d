package org.continuum.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.FacultyAppointmentView;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.domain.AssignmentRow;

/** A faculty member's home: the programs they teach in and the trainees they teach now. */
@Named("facultyHome")
@RequestScoped
public class FacultyHomeBean {

  @Inject FacultyAppointments appointments;
  @Inject Curriculum curriculum;

  private List<FacultyAppointmentView> mine;
  private List<AssignmentRow> teaching;

  /** The trainees on a rotation the faculty member teaches on today. */
  public List<AssignmentRow> getTeachingNow() {
    if (teaching == null) {
      teaching = curriculum.taughtToday();
    }
    return teaching;
  }

  public List<FacultyAppointmentView> getAppointments() {
    if (mine == null) {
      mine = appointments.mine();
    }
    return mine;
  }
}
