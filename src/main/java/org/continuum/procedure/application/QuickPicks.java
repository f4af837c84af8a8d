package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;

/** What the logging screen offers before anything is typed: starred, then recently logged. */
public record QuickPicks(List<ProcedureOption> favourites, List<ProcedureOption> recent)
    implements Serializable {

  public boolean isEmpty() {
    return favourites.isEmpty() && recent.isEmpty();
  }
}
