package org.continuum.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.continuum.learning.application.AttemptView;
import org.continuum.learning.application.ModuleAttempts;
import org.continuum.learning.application.ModuleCard;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.EnrollmentStatus;

/** The trainee's modules in each program they train in, to start, resume or take again. */
@Named("myModules")
@ViewScoped
public class MyModulesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One program's modules. */
  public record ProgramModules(long programId, String programName, List<ModuleCard> cards)
      implements Serializable {}

  @Inject ModuleAttempts attempts;
  @Inject Enrollments enrollments;

  private List<ProgramModules> programs;

  public List<ProgramModules> getPrograms() {
    if (programs == null) {
      programs = new ArrayList<>();
      for (TraineeEnrollmentView e : enrollments.mine()) {
        if (e.status() == EnrollmentStatus.ACTIVE) {
          programs.add(
              new ProgramModules(
                  e.program().id(), e.program().name(), attempts.mine(e.program().id())));
        }
      }
    }
    return programs;
  }

  /** Starts or resumes, and opens the attempt. */
  public String open(long programId, ModuleCard card) {
    AttemptView attempt = attempts.start(programId, card.module().id());
    return "/trainee/module.xhtml?faces-redirect=true&attempt=" + attempt.id();
  }
}
