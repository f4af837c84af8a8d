package org.continuum.procedure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.procedure.application.TraineeProgress;

/** The trainee's home: progress bars against the program's minimums. */
@Named("traineeProgress")
@RequestScoped
public class TraineeProgressBean {

  @Inject TraineeProgress progress;

  private List<ProgramProgress> programs;

  public List<ProgramProgress> getPrograms() {
    if (programs == null) {
      programs = progress.mine();
    }
    return programs;
  }
}
