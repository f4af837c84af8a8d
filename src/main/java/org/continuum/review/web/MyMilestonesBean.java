package org.continuum.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.application.CurrentUser;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.review.application.Trajectories;
import org.continuum.review.application.Trajectory;

/** A trainee's own milestone levels over time, in each program they train in. */
@Named("myMilestones")
@RequestScoped
public class MyMilestonesBean {

  @Inject Trajectories trajectories;
  @Inject Enrollments enrollments;
  @Inject CurrentUser currentUser;

  private List<Trajectory> mine;

  public List<Trajectory> getTrajectories() {
    if (mine == null) {
      mine = new ArrayList<>();
      for (TraineeEnrollmentView e : enrollments.mine()) {
        mine.add(trajectories.of(e.program().id(), getTraineeId()));
      }
    }
    return mine;
  }

  public long getTraineeId() {
    return currentUser.accountId();
  }
}
