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
import org.continuum.shared.domain.RuleViolationException;

/**
 * Submits a log entry at most once per idempotency key, so a phone that retries on a flaky network
 * never makes a duplicate. A retry finds the first entry and gets it back; two retries that race
 * are settled by the database's unique key (trainee, idempotency key): the loser's insert fails,
 * and it then finds and returns the winner's entry. Deliberately not transactional itself: each
 * attempt and each look-up runs in its own transaction, so a failed insert does not spoil the
 * look-up after it.
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
          "Idempotency-Key",
          "Idempotency-Key must be 8 to 80 visible characters, unique per new entry (a UUID is"
              + " ideal).");
    }
    Optional<Submission> earlier = replay(key, requestHash);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return new Submission(logging.create(programId, entry, source, key, requestHash), false);
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
    Optional<ProcedureLogging.PriorSubmission> found = logging.priorSubmission(key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (requestHash != null && !requestHash.equals(found.get().requestHash())) {
      throw new RuleViolationException(
          "This Idempotency-Key was already used for a different entry. Use a new key for a new"
              + " entry.");
    }
    return Optional.of(new Submission(found.get().log(), true));
  }
}
