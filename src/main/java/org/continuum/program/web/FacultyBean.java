package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.continuum.identity.application.PersonOption;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.domain.FacultyRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/** The program's faculty: who teaches here, appointing and ending appointments. */
@Named("faculty")
@ViewScoped
public class FacultyBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FacultyAppointments appointments;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private List<FacultyRow> rows;
  private PersonOption person;
  private String title;
  private LocalDate startDate;

  public List<FacultyRow> getRows() {
    if (rows == null) {
      rows = appointments.list(page.getProgramId());
    }
    return rows;
  }

  public void appoint() {
    appointments.appoint(
        page.getProgramId(), person == null ? null : person.id(), title, startDate);
    UserMessages.info(Wording.of("facultyBean.nowTeachesProgram", person.displayName()));
    person = null;
    title = null;
    startDate = null;
    rows = null;
  }

  /** Ends the appointment today. */
  public void end(FacultyRow row) {
    appointments.end(row.appointmentId(), row.version(), time.today());
    UserMessages.info(Wording.of("facultyBean.sAppointmentHasEnded", row.displayName()));
    rows = null;
  }

  public PersonOption getPerson() {
    return person;
  }

  public void setPerson(PersonOption person) {
    this.person = person;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }
}
