package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.shared.application.Causes;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Submits a log entry at most once per idempotency key, so a phone that retries on a flaky network
 * never makes a duplicate. A retry finds the first entry and gets it back; two retries that race
 * are settled by the database's unique key (trainee, idempotency key): the loser's insert fails,
 * and it then finds and returns the winner's entry. Deliberately not transactional itself: the
 * look-up and the insert share one transaction, and the look-up after a failed insert runs in a
 * fresh one, which the failure cannot spoil.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NEVER)
public class IdempotentSubmission {

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{8,80}");

  @Inject ProcedureLogging logging;

  public Submission submit(
      Long programId, LogEntry entry, LogSource source, String key, String requestHash) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new InvalidInputException(
          "Idempotency-Key", Wording.of("idempotentSubmission.idempotencyKey880"));
    }
    try {
      return logging.submitOnce(programId, entry, source, key, requestHash);
    } catch (RuntimeException e) {
      if (Causes.find(e, SQLIntegrityConstraintViolationException.class) != null) {
        // another request with the same key won the race: answer with its entry
        Optional<Submission> winner = replay(key, requestHash);
        if (winner.isPresent()) {
          return winner.get();
        }
      }
      throw e;
    }
  }

  private Optional<Submission> replay(String key, String requestHash) {
    return logging.priorSubmission(key).map(prior -> prior.replayFor(requestHash));
  }
}
