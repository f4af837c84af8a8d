package org.continuum.procedure.domain;

/**
 * A trainee against one minimum: verified and pending counts, what the pace asks for by today, and
 * the count at graduation if the trainee keeps the pace they have had so far (null early on, when
 * too little time has passed to say).
 */
public record MinimumProgress(
    int required,
    int verified,
    int pending,
    int expectedByNow,
    Integer projectedAtGraduation,
    PaceStatus status) {

  /** Verified share of the minimum, 0 to 100, for progress bars. */
  public int percent() {
    return required == 0 ? 100 : Math.min(100, verified * 100 / required);
  }
}
