package org.continuum.evaluation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.FeedbackBatches;
import org.continuum.evaluation.domain.WaitingFeedback;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.shared.application.InstitutionTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Releases anonymous feedback to its program in batches, from the nightly job only: never on a
 * submission and never on a reader's request, so neither the moment a report changes nor what
 * changed tells anyone which trainee handed in.
 */
@ApplicationScoped
@Transactional
public class FeedbackReleases {

  @Inject AccessPolicy access;
  @Inject EvaluationRepository evaluations;
  @Inject InstitutionTime time;

  @Inject
  @ConfigProperty(name = "continuum.feedback.batch-size", defaultValue = "3")
  int batchSize;

  private FeedbackBatches batches;

  @PostConstruct
  void init() {
    batches = new FeedbackBatches(batchSize);
  }

  /** A batch smaller than the threshold stops the deployment, not the first nightly release. */
  void checkOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    batches();
  }

  public FeedbackBatches batches() {
    return batches;
  }

  /** Releases every group with a full batch waiting; returns how many responses went out. */
  public int releaseReady() {
    access.requireAdmin();
    int released = 0;
    for (WaitingFeedback group : evaluations.waitingFeedback()) {
      if (batches.isReady(group.responses())) {
        released += evaluations.release(group, batches.size(), time.today());
      }
    }
    return released;
  }
}
