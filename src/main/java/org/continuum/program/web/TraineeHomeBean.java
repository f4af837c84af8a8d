package org.continuum.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;

/** A resident's or fellow's home: their programs, PGY level and training dates. */
@Named("traineeHome")
@RequestScoped
public class TraineeHomeBean {

  @Inject Enrollments enrollments;

  private List<TraineeEnrollmentView> mine;

  public List<TraineeEnrollmentView> getEnrollments() {
    if (mine == null) {
      mine = enrollments.mine();
    }
    return mine;
  }
}
