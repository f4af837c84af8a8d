package org.continuum.review.application;

import java.io.Serializable;

/** One trainee on a period's board: how far the committee has got with them. */
public record BoardRow(
    long traineeId, String name, Integer pgy, int proposed, int subcompetencies, int finalised)
    implements Serializable {

  public boolean complete() {
    return proposed >= subcompetencies;
  }
}
