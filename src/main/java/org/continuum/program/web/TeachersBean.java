package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.ProgramFaculty;
import org.continuum.program.domain.TeacherRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * Who teaches on each rotation: faculty teach the trainees whose blocks on the rotation overlap
 * their time on it, which decides whom they may evaluate.
 */
@Named("teachers")
@ViewScoped
public class TeachersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Curriculum curriculum;
  @Inject ProgramFaculty faculty;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private List<TeacherRow> list;
  private Long rotationId;
  private Long facultyId;
  private LocalDate from;

  public List<TeacherRow> getList() {
    if (list == null) {
      list = curriculum.teachers(page.getProgramId());
    }
    return list;
  }

  public List<ProgramFaculty.FacultyMember> getFaculty() {
    return faculty.current(page.getProgramId());
  }

  public void add() {
    curriculum.addTeacher(
        page.getProgramId(), rotationId, facultyId, from == null ? time.today() : from);
    UserMessages.info(Wording.of("teachersBean.added"));
    list = null;
    facultyId = null;
  }

  public void end(TeacherRow row) {
    curriculum.endTeacher(row.id(), row.version(), time.today());
    UserMessages.info(
        Wording.of("teachersBean.longerTeaches", row.facultyName(), row.rotationCode()));
    list = null;
  }

  public LocalDate getToday() {
    return time.today();
  }

  public Long getRotationId() {
    return rotationId;
  }

  public void setRotationId(Long rotationId) {
    this.rotationId = rotationId;
  }

  public Long getFacultyId() {
    return facultyId;
  }

  public void setFacultyId(Long facultyId) {
    this.facultyId = facultyId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }
}
