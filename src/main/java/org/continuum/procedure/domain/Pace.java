package org.continuum.procedure.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Whether a trainee is on pace for a minimum. By default the minimum is spread evenly over the
 * training period; where the program set cumulative targets by the end of PGY years, today's
 * expectation runs from the previous year's target to this year's across the academic year. On
 * track means at least what is expected by today and, without targets, the whole minimum by
 * graduation at the pace kept so far.
 */
public final class Pace {

  /** Before this many days in training there is too little history to project from. */
  static final int DAYS_BEFORE_PROJECTING = 30;

  private Pace() {}

  public static MinimumProgress of(
      int required,
      int verified,
      int pending,
      TrainingPeriod period,
      List<InterimTarget> targets,
      LocalDate today) {
    Optional<Integer> fromTargets = fromInterimTargets(period, targets, today);
    int expected = fromTargets.orElseGet(() -> evenly(required, period.start(), period, today));
    Integer projected = projected(verified, period, today);
    // Without targets the expectation is a straight line, rounded down: level with it a trainee
    // may still project short of the minimum, and "on track" beside that projection would say two
    // things at once. A program's own targets are its curve (often back-loaded), so a straight
    // projection does not overrule them.
    boolean reachesMinimum = fromTargets.isPresent() || projected == null || projected >= required;
    PaceStatus status;
    if (verified >= required) {
      status = PaceStatus.MET;
    } else if (verified >= expected && reachesMinimum) {
      status = PaceStatus.ON_TRACK;
    } else {
      status = PaceStatus.BEHIND;
    }
    return new MinimumProgress(required, verified, pending, expected, projected, status);
  }

  /** What the pace asks for by a day: by the program's targets if any, else evenly. */
  public static int expectedByNow(
      int required, TrainingPeriod period, List<InterimTarget> targets, LocalDate today) {
    return fromInterimTargets(period, targets, today)
        .orElseGet(() -> evenly(required, period.start(), period, today));
  }

  private static int evenly(int required, LocalDate start, TrainingPeriod period, LocalDate today) {
    return (int) Math.floor(required * fraction(start, period.expectedGraduation(), today));
  }

  private static Optional<Integer> fromInterimTargets(
      TrainingPeriod period, List<InterimTarget> targets, LocalDate today) {
    if (targets.isEmpty() || period.currentPgy() == null) {
      return Optional.empty();
    }
    int pgy = period.currentPgy();
    Optional<InterimTarget> thisYear = targets.stream().filter(t -> t.pgy() == pgy).findFirst();
    if (thisYear.isEmpty()) {
      return Optional.empty();
    }
    int previous =
        targets.stream()
            .filter(t -> t.pgy() < pgy)
            .mapToInt(InterimTarget::cumulativeCount)
            .max()
            .orElse(0);
    double share = fraction(period.yearStart(), period.yearEnd(), today);
    return Optional.of(
        (int) Math.floor(previous + (thisYear.get().cumulativeCount() - previous) * share));
  }

  private static Integer projected(int verified, TrainingPeriod period, LocalDate today) {
    long elapsed = ChronoUnit.DAYS.between(period.start(), min(today, period.expectedGraduation()));
    long total = ChronoUnit.DAYS.between(period.start(), period.expectedGraduation());
    if (elapsed < DAYS_BEFORE_PROJECTING || total <= 0) {
      return null;
    }
    return (int) Math.round(verified * (double) total / elapsed);
  }

  /** How much of the span from start to end has passed by today, from 0 to 1. */
  static double fraction(LocalDate start, LocalDate end, LocalDate today) {
    long total = ChronoUnit.DAYS.between(start, end);
    if (total <= 0 || !today.isAfter(start)) {
      return 0;
    }
    long elapsed = ChronoUnit.DAYS.between(start, min(today, end));
    return Math.min(1.0, (double) elapsed / total);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
