package org.continuum.procedure.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.domain.CountRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.procedure.domain.Pace;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.procedure.domain.TrainingPeriod;

/**
 * Turns the database's counts (per trainee, procedure, role and status) into verified and pending
 * counts per trainee and minimum. Only the minimum's counted roles count; a procedure counts toward
 * every minimum it belongs to.
 */
final class MinimumCounts {

  /** Verified and pending counts of one trainee for one minimum. */
  record Tally(int verified, int pending) {}

  private final Map<Long, int[][]> byTrainee = new HashMap<>();
  private final List<ProcedureMinimum> minimums;
  // each minimum's counted roles, read once: the entity hands out a copy on every call
  private final List<Set<TraineeRole>> countedRoles;
  private final int size;

  private MinimumCounts(List<ProcedureMinimum> minimums) {
    this.minimums = List.copyOf(minimums);
    this.countedRoles = minimums.stream().map(ProcedureMinimum::getCountedRoles).toList();
    this.size = minimums.size();
  }

  /**
   * @param categoryOfProcedure each procedure's category id (from the catalog)
   * @param importedCount whether entries verified in a previous system count as verified (the
   *     program's setting); if not, they do not count at all
   */
  static MinimumCounts of(
      List<ProcedureMinimum> minimums,
      List<CountRow> rows,
      Map<Long, Long> categoryOfProcedure,
      boolean importedCount) {
    MinimumCounts counts = new MinimumCounts(minimums);
    for (CountRow row : rows) {
      Long category = categoryOfProcedure.get(row.procedureTypeId());
      if (category == null || (row.status() == LogStatus.IMPORTED && !importedCount)) {
        continue;
      }
      int[][] tallies =
          counts.byTrainee.computeIfAbsent(row.traineeId(), t -> new int[counts.size][2]);
      for (int i = 0; i < minimums.size(); i++) {
        ProcedureMinimum minimum = minimums.get(i);
        if (minimum.countsCase(row.procedureTypeId(), category, row.primaryCode())
            && counts.countedRoles.get(i).contains(row.role())) {
          tallies[i][row.status().isSettled() ? 0 : 1] += (int) row.count();
        }
      }
    }
    return counts;
  }

  /** A trainee against every minimum, in the minimums' order, with the pace for today. */
  List<MinimumProgress> progress(long traineeId, TrainingPeriod period, LocalDate today) {
    List<MinimumProgress> progress = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      ProcedureMinimum m = minimums.get(i);
      Tally tally = of(traineeId, i);
      progress.add(
          Pace.of(
              m.getRequiredCount(),
              tally.verified(),
              tally.pending(),
              period,
              m.getInterimTargets(),
              today));
    }
    return progress;
  }

  Tally of(long traineeId, int minimumIndex) {
    int[][] tallies = byTrainee.get(traineeId);
    return tallies == null
        ? new Tally(0, 0)
        : new Tally(tallies[minimumIndex][0], tallies[minimumIndex][1]);
  }
}
