package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry logged before codes were derived, as the one-off coding found it: the code the old
 * export gave it, the codes it has now, or why it could not be coded. Kept for the program director
 * to review; the entry's verification is never touched.
 */
@Entity
@Table(name = "coding_backfill")
public class RecodedEntry {

  @Id
  @Column(name = "log_id")
  private Long logId;

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @Column(name = "previous_code", length = 12, updatable = false)
  private String previousCode;

  @Column(name = "coded_as", length = 200, updatable = false)
  private String codedAs;

  @Column(name = "problem", length = 300, updatable = false)
  private String problem;

  /** The primary code differs from the one the old export gave, or no code could be given. */
  @Column(name = "changed", nullable = false, updatable = false)
  private boolean changed;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected RecodedEntry() {}

  public static RecodedEntry coded(ProcedureLog log, String previousCode, Instant now) {
    RecodedEntry r = of(log, previousCode, now);
    r.codedAs = log.getCodedAs().label();
    // an entry of a procedure added since has no old export code to differ from
    r.changed = previousCode != null && !previousCode.equals(log.getCodedAs().primary().code());
    return r;
  }

  public static RecodedEntry uncodable(
      ProcedureLog log, String previousCode, String problem, Instant now) {
    RecodedEntry r = of(log, previousCode, now);
    r.problem = problem.length() > 300 ? problem.substring(0, 297) + "..." : problem;
    r.changed = true;
    return r;
  }

  private static RecodedEntry of(ProcedureLog log, String previousCode, Instant now) {
    RecodedEntry r = new RecodedEntry();
    r.logId = log.getId();
    r.programId = log.getProgramId();
    r.previousCode = previousCode;
    r.recordedAt = now;
    return r;
  }

  public boolean isChanged() {
    return changed;
  }
}
