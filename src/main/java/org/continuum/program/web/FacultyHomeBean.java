package org.continuum.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.program.application.FacultyAppointmentView;
import org.continuum.program.application.FacultyAppointments;

/** A faculty member's home: the programs they teach in. */
@Named("facultyHome")
@RequestScoped
public class FacultyHomeBean {

  @Inject FacultyAppointments appointments;

  private List<FacultyAppointmentView> mine;

  public List<FacultyAppointmentView> getAppointments() {
    if (mine == null) {
      mine = appointments.mine();
    }
    return mine;
  }
}
