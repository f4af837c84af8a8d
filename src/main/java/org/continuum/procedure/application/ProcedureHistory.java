package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;

/**
 * A trainee's procedure minimums month by month since they started: for each minimum the verified
 * count at the end of each month, and what the pace asked for by then.
 */
public record ProcedureHistory(long programId, List<String> months, List<Series> series)
    implements Serializable {

  /** One minimum: its name, the count required, and a value per month. */
  public record Series(String label, int required, List<Integer> verified, List<Integer> expected)
      implements Serializable {}
}
