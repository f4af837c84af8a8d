package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.review.application.Trajectories;
import org.continuum.review.application.Trajectory;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;

/** One trainee's trajectory, for the program's committee and director. */
@Named("traineeTrajectory")
@ViewScoped
public class TraineeTrajectoryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Trajectories trajectories;
  @Inject ProgramContext page;

  private Long traineeId;
  private Trajectory trajectory;

  public void load() {
    if (traineeId == null) {
      throw new RecordNotFoundException(Wording.of("traineeTrajectoryBean.trainee"));
    }
    trajectory = trajectories.of(page.getProgramId(), traineeId);
  }

  public Trajectory getTrajectory() {
    return trajectory;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }
}
