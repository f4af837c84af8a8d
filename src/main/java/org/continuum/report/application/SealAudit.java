package org.continuum.report.application;

import static org.continuum.audit.domain.AuditEventType.SEALS_CHECKED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.evaluation.application.EvaluationSeals;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.review.application.PeriodSeals;
import org.continuum.shared.domain.SealSummary;

/**
 * Checks every seal of the institution (signed evaluations, finalised milestone reviews) and keeps
 * the latest result, so screens that cite a whole program's evidence (the heat map) can say when
 * its seals were last checked and whether all verified, without checking thousands on each view. An
 * administrator runs it on demand; a nightly job runs it too.
 */
@ApplicationScoped
public class SealAudit {

  /** A finished check: when it ran and what it found. */
  public record Run(Instant finishedAt, SealSummary evaluations, SealSummary reviews)
      implements Serializable {

    public SealSummary all() {
      return evaluations.plus(reviews);
    }

    /** How many of the program's checked records cannot be relied on. */
    int failingIn(long programId) {
      return (int)
          all().failing().stream()
              .filter(f -> Long.valueOf(programId).equals(f.programId()))
              .count();
    }
  }

  /** What the latest check found in one program, for screens citing its evidence. */
  public record ProgramSeals(Instant checkedAt, int failing) implements Serializable {}

  @Inject AccessPolicy access;
  @Inject EvaluationSeals evaluationSeals;
  @Inject PeriodSeals periodSeals;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  private volatile Run latest;

  /** Checks every seal now (administrator). */
  @Transactional
  public Run run() {
    access.requireAdmin();
    Run run = new Run(clock.instant(), evaluationSeals.checkAll(), periodSeals.checkAll());
    latest = run;
    SealSummary all = run.all();
    audit.record(
        SEALS_CHECKED,
        "seals",
        null,
        null,
        all.checked() + " checked, " + all.failing().size() + " do not verify");
    return run;
  }

  /** The latest check since the server started, if any (administrator: it names every record). */
  public Optional<Run> latest() {
    access.requireAdmin();
    return Optional.ofNullable(latest);
  }

  /** The latest check's result for one program (its leadership and committee). */
  public Optional<ProgramSeals> latestFor(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    Run run = latest;
    return run == null
        ? Optional.empty()
        : Optional.of(new ProgramSeals(run.finishedAt(), run.failingIn(programId)));
  }
}
