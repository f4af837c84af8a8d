package org.continuum.procedure.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.RecodedEntry;
import org.continuum.procedure.domain.RecodedEntryRepository;
import org.continuum.seed.application.CoreContentLoaded;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.DomainException;

/**
 * Gives codes, once, to entries logged before codes were derived from what was done: by the rules
 * in force, from the details each entry already has, whatever its status (a verified entry stays
 * verified: what was done is unchanged, only how it is coded is now written down). An entry whose
 * details do not decide its codes (an old EDX consult without its number of studies) is left
 * uncoded and listed for its program director with the reason, as is every entry whose primary code
 * differs from the one the old export gave.
 */
@ApplicationScoped
public class CodingBackfill {

  private static final Logger LOG = Logger.getLogger(CodingBackfill.class.getName());
  private static final int BATCH = 500;

  @Inject UncodedEntries uncoded;
  @Resource ManagedExecutorService executor;

  /**
   * At start-up, once the rules in seed-content are loaded, in the background: a large database
   * takes minutes (about 600 entries a second were measured), longer than a deployment may take.
   * Until it is done, an entry not yet coded shows "not coded" and counts toward no code minimum.
   */
  void onStart(@Observes CoreContentLoaded loaded) {
    executor.submit(
        () -> {
          try {
            SystemContext.run(this::codeAll);
          } catch (RuntimeException e) {
            LOG.log(
                Level.WARNING,
                "Coding entries logged before codes were derived stopped; it resumes at the next"
                    + " start.",
                e);
          }
        });
  }

  /** Codes every uncoded entry, a batch per transaction; returns how many it looked at. */
  public int codeAll() {
    int total = 0;
    int done;
    do {
      done = uncoded.codeNext(BATCH);
      total += done;
    } while (done == BATCH);
    if (total > 0) {
      LOG.info("Coded " + total + " procedure log entries logged before codes were derived.");
    }
    return total;
  }

  /** One batch, in its own transaction. */
  @ApplicationScoped
  public static class UncodedEntries {

    @Inject ProcedureLogRepository logs;
    @Inject RecodedEntryRepository recoded;
    @Inject CodingRules coding;
    @Inject Clock clock;

    @Transactional
    public int codeNext(int limit) {
      CodingRuleBook rules = coding.current();
      List<ProcedureLog> batch = logs.uncoded(limit);
      for (ProcedureLog log : batch) {
        String previous = log.getProcedureType().legacyPrimaryCode();
        try {
          log.codeIfUncoded(rules);
          RecodedEntry coded = RecodedEntry.coded(log, previous, clock.instant());
          if (coded.isChanged()) {
            recoded.add(coded); // an entry whose code did not change needs no review
          }
        } catch (DomainException e) {
          recoded.add(RecodedEntry.uncodable(log, previous, e.getMessage(), clock.instant()));
        }
      }
      return batch.size();
    }
  }
}
