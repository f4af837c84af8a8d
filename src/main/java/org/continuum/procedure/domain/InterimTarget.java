package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many counted procedures a trainee should have by the end of a PGY year. */
@Embeddable
public class InterimTarget {

  @Column(name = "pgy", nullable = false)
  private int pgy;

  @Column(name = "cumulative_count", nullable = false)
  private int cumulativeCount;

  protected InterimTarget() {}

  public InterimTarget(int pgy, int cumulativeCount) {
    this.pgy = pgy;
    this.cumulativeCount = cumulativeCount;
  }

  public int pgy() {
    return pgy;
  }

  public int cumulativeCount() {
    return cumulativeCount;
  }
}
