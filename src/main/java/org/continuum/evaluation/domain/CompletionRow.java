package org.continuum.evaluation.domain;

import java.io.Serializable;

/**
 * One evaluator's record in a program over a range of due dates: how many evaluations were asked of
 * them, signed, still open, and open past their due date.
 */
public record CompletionRow(
    long evaluatorId, String evaluatorName, long requested, long signed, long open, long overdue)
    implements Serializable {

  /** Signed share of what was asked, 0 to 100. */
  public int percent() {
    return requested == 0 ? 100 : (int) Math.round(100.0 * signed / requested);
  }
}
