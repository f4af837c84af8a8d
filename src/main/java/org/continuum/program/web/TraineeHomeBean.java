package org.continuum.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.AssignmentRow;

/** A resident's or fellow's home: their programs, PGY level, training dates and rotations. */
@Named("traineeHome")
@RequestScoped
public class TraineeHomeBean {

  @Inject Enrollments enrollments;
  @Inject Curriculum curriculum;

  private List<TraineeEnrollmentView> mine;
  private List<AssignmentRow> blocks;

  /** Where the trainee rotates now and next. */
  public List<AssignmentRow> getBlocks() {
    if (blocks == null) {
      blocks = curriculum.myCurrentAndNext(3);
    }
    return blocks;
  }

  public List<TraineeEnrollmentView> getEnrollments() {
    if (mine == null) {
      mine = enrollments.mine();
    }
    return mine;
  }
}
