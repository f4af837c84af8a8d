package org.continuum.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.application.WaitingForMe;

/** The evaluation counts on the home pages: to write, overdue, and to read. */
@Named("waitingEvaluations")
@RequestScoped
public class WaitingBean {

  @Inject Evaluations evaluations;

  private WaitingForMe waiting;

  public WaitingForMe getCounts() {
    if (waiting == null) {
      waiting = evaluations.waitingForMe();
    }
    return waiting;
  }
}
