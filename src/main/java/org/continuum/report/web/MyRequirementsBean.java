package org.continuum.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.application.ProcedureHistory;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.Requirements;

/**
 * The signed-in trainee's requirement matrix in each program they train in, and their minimums
 * month by month.
 */
@Named("myRequirements")
@RequestScoped
public class MyRequirementsBean {

  @Inject Requirements requirements;
  @Inject Enrollments enrollments;
  @Inject CurrentUser currentUser;

  private List<RequirementMatrix> matrices;
  // read once per program and request: the page refers to a history many times
  private final Map<Long, ProcedureHistory> histories = new HashMap<>();

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

  /** The trainee's minimums month by month in the matrix's program. */
  public ProcedureHistory historyOf(RequirementMatrix matrix) {
    return histories.computeIfAbsent(
        matrix.programId(), program -> requirements.history(program, currentUser.accountId()));
  }
}
