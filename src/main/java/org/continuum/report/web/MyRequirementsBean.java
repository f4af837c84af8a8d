package org.continuum.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.application.CurrentUser;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.Requirements;

/** The signed-in trainee's requirement matrix in each program they train in. */
@Named("myRequirements")
@RequestScoped
public class MyRequirementsBean {

  @Inject Requirements requirements;
  @Inject Enrollments enrollments;
  @Inject CurrentUser currentUser;

  private List<RequirementMatrix> matrices;

  public List<RequirementMatrix> getMatrices() {
    if (matrices == null) {
      matrices = new ArrayList<>();
      for (TraineeEnrollmentView e : enrollments.mine()) {
        if (e.status() == EnrollmentStatus.ACTIVE) {
          matrices.add(requirements.of(e.program().id(), currentUser.accountId()));
        }
      }
    }
    return matrices;
  }
}
