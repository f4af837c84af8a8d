package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.continuum.identity.application.PersonOption;
import org.continuum.program.application.EnrollTrainee;
import org.continuum.program.application.Enrollments;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/** The program director or coordinator enrolls a trainee. */
@Named("enrollTrainee")
@ViewScoped
public class EnrollTraineeBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Enrollments enrollments;
  @Inject ProgramContext page;

  private PersonOption trainee;
  private LocalDate startDate;
  private LocalDate expectedGraduation;
  private Integer pgyAtStart;

  public void enroll() {
    enrollments.enroll(
        page.getProgramId(),
        new EnrollTrainee(
            trainee == null ? null : trainee.id(), startDate, expectedGraduation, pgyAtStart));
    UserMessages.info(Wording.of("enrollTraineeBean.enrolled", trainee.displayName()));
    trainee = null;
    startDate = null;
    expectedGraduation = null;
    pgyAtStart = null;
  }

  public PersonOption getTrainee() {
    return trainee;
  }

  public void setTrainee(PersonOption trainee) {
    this.trainee = trainee;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LocalDate getExpectedGraduation() {
    return expectedGraduation;
  }

  public void setExpectedGraduation(LocalDate expectedGraduation) {
    this.expectedGraduation = expectedGraduation;
  }

  public Integer getPgyAtStart() {
    return pgyAtStart;
  }

  public void setPgyAtStart(Integer pgyAtStart) {
    this.pgyAtStart = pgyAtStart;
  }
}
