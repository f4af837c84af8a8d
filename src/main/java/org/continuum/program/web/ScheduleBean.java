package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.RotationView;
import org.continuum.program.application.ScheduleGrid;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The block schedule of an academic year: the grid for everyone who teaches or leads in the
 * program; adding and removing blocks for the director and coordinators.
 */
@Named("schedule")
@ViewScoped
public class ScheduleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Curriculum curriculum;
  @Inject Enrollments enrollments;
  @Inject ProgramContext page;

  private int academicYear;
  private List<AssignmentRow> blocks;

  private Long traineeId;
  private Long rotationId;
  private LocalDate start;
  private LocalDate end;

  public int getAcademicYear() {
    if (academicYear == 0) {
      academicYear = enrollments.currentAcademicYear().startYear();
    }
    return academicYear;
  }

  public void setAcademicYear(int academicYear) {
    this.academicYear = academicYear;
    blocks = null;
  }

  public Map<String, Integer> getAcademicYears() {
    int now = enrollments.currentAcademicYear().startYear();
    Map<String, Integer> years = new java.util.LinkedHashMap<>();
    for (int y = now + 1; y >= now - 3; y--) {
      years.put(new AcademicYear(y).label(), y);
    }
    return years;
  }

  private AcademicYear year() {
    return new AcademicYear(getAcademicYear());
  }

  public List<AssignmentRow> getBlocks() {
    if (blocks == null) {
      blocks = curriculum.schedule(page.getProgramId(), year().start(), year().end());
    }
    return blocks;
  }

  public ScheduleGrid getGrid() {
    return ScheduleGrid.of(year(), getBlocks());
  }

  /** Trainees in training this year, for the director's and coordinators' picker. */
  public List<RosterRow> getTrainees() {
    return page.isManager()
        ? enrollments.wholeRoster(page.getProgramId(), year(), Map.of())
        : new ArrayList<>();
  }

  public List<RotationView> getRotations() {
    return curriculum.rotations(page.getProgramId()).stream().filter(RotationView::active).toList();
  }

  public void assign() {
    AssignmentRow made = curriculum.assign(page.getProgramId(), traineeId, rotationId, start, end);
    UserMessages.info(
        Wording.of(
            "scheduleBean.isOnFromTo",
            made.traineeName(),
            made.rotationName(),
            made.startDate(),
            made.endDate()));
    blocks = null;
    start = null;
    end = null;
  }

  public void remove(AssignmentRow row) {
    curriculum.unassign(row.id(), row.version());
    UserMessages.info(
        Wording.of("scheduleBean.removedSBlock", row.traineeName(), row.rotationName()));
    blocks = null;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }

  public Long getRotationId() {
    return rotationId;
  }

  public void setRotationId(Long rotationId) {
    this.rotationId = rotationId;
  }

  public LocalDate getStart() {
    return start;
  }

  public void setStart(LocalDate start) {
    this.start = start;
  }

  public LocalDate getEnd() {
    return end;
  }

  public void setEnd(LocalDate end) {
    this.end = end;
  }
}
