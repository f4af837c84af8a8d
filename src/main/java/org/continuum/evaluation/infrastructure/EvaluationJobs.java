package org.continuum.evaluation.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.evaluation.application.EvaluationReminders;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.evaluation.application.FeedbackReleases;
import org.continuum.evaluation.application.IssueReport;
import org.continuum.evaluation.application.ReminderReport;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.SystemContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The evaluation jobs, hourly: issue the requests of blocks that have ended (idempotent, so running
 * every hour costs little and a missed run catches up), and, during the institution's working
 * hours, send the day's reminder digests (at most one per person a day). Nightly, release the
 * anonymous feedback whose batches are full: at a fixed hour, so a report's change says nothing
 * about when anyone handed in.
 */
@Singleton
public class EvaluationJobs {

  private static final Logger LOG = Logger.getLogger(EvaluationJobs.class.getName());
  static final LocalTime MAIL_FROM = LocalTime.of(7, 0);
  static final LocalTime MAIL_UNTIL = LocalTime.of(19, 0);

  @Inject EvaluationRequests requests;
  @Inject EvaluationReminders reminders;
  @Inject FeedbackReleases feedback;
  @Inject InstitutionTime time;
  @Inject Clock clock;

  /** Off in the integration tests, which run each job step themselves at a known moment. */
  @Inject
  @ConfigProperty(name = "continuum.jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "*", minute = "7", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step in its own
  public void hourly() {
    if (!enabled) {
      return;
    }
    try {
      IssueReport issued = SystemContext.call(() -> requests.issueFromSchedule(null));
      if (issued.created() > 0) {
        LOG.info("Evaluation requests issued: " + issued.created());
      }
      LocalTime local = LocalTime.ofInstant(clock.instant(), time.zone());
      if (!local.isBefore(MAIL_FROM) && local.isBefore(MAIL_UNTIL)) {
        ReminderReport sent = SystemContext.call(reminders::sendDue);
        if (sent.messages() > 0 || sent.failed() > 0) {
          LOG.info("Evaluation reminders: " + sent);
        }
      }
    } catch (RuntimeException e) {
      // a failed run is retried next hour; it must not cancel the timer
      LOG.log(Level.WARNING, "Evaluation job failed", e);
    }
  }

  @Schedule(hour = "2", minute = "41", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    if (!enabled) {
      return;
    }
    try {
      int released = SystemContext.call(feedback::releaseReady);
      if (released > 0) {
        LOG.info("Anonymous feedback released: " + released + " responses");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Feedback release failed", e);
    }
  }
}
