package org.continuum.procedure.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.procedure.domain.TestCatalog.EDX;
import static org.continuum.procedure.domain.TestCatalog.EDX_CONSULT;
import static org.continuum.procedure.domain.TestCatalog.EPIDURAL;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.domain.CountRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.TraineeRole;
import org.junit.jupiter.api.Test;

class MinimumCountsTest {

  private static final long ANNA = 1;
  private static final long BEN = 2;

  private static ProcedureMinimum minimum(
      org.continuum.procedure.domain.ProcedureCategory category,
      org.continuum.procedure.domain.ProcedureType type,
      TraineeRole... roles) {
    ProcedureMinimum m = new ProcedureMinimum(7);
    m.define("minimum", category, type, null, 10, Set.of(roles), Map.of(), 1);
    return m;
  }

  @Test
  void onlyCountedRolesCountAndPendingIsKeptApart() {
    List<ProcedureMinimum> minimums =
        List.of(
            minimum(EPIDURAL, null, TraineeRole.PERFORMED),
            minimum(null, TFESI_LS, TraineeRole.PERFORMED, TraineeRole.ASSISTED),
            minimum(EDX, null, TraineeRole.OBSERVED, TraineeRole.PERFORMED));
    long tfesi = TFESI_LS.getId();
    long edx = EDX_CONSULT.getId();
    List<CountRow> rows =
        List.of(
            new CountRow(ANNA, tfesi, "", TraineeRole.PERFORMED, LogStatus.VERIFIED, 5),
            new CountRow(ANNA, tfesi, "", TraineeRole.ASSISTED, LogStatus.VERIFIED, 3),
            new CountRow(ANNA, tfesi, "", TraineeRole.PERFORMED, LogStatus.PENDING, 2),
            new CountRow(ANNA, edx, "", TraineeRole.OBSERVED, LogStatus.VERIFIED, 7),
            new CountRow(BEN, edx, "", TraineeRole.SUPERVISED_JUNIOR, LogStatus.VERIFIED, 9),
            new CountRow(BEN, 999, "", TraineeRole.PERFORMED, LogStatus.VERIFIED, 4));
    Map<Long, Long> categories = Map.of(tfesi, EPIDURAL.getId(), edx, EDX.getId());

    MinimumCounts counts = MinimumCounts.of(minimums, rows, categories, true);

    assertThat(counts.of(ANNA, 0)).isEqualTo(new MinimumCounts.Tally(5, 2));
    assertThat(counts.of(ANNA, 1))
        .as("a procedure counts toward every minimum it belongs to")
        .isEqualTo(new MinimumCounts.Tally(8, 2));
    assertThat(counts.of(ANNA, 2)).isEqualTo(new MinimumCounts.Tally(7, 0));
    assertThat(counts.of(BEN, 2))
        .as("a role the minimum does not count")
        .isEqualTo(new MinimumCounts.Tally(0, 0));
    assertThat(counts.of(42, 0)).isEqualTo(new MinimumCounts.Tally(0, 0));
  }

  @Test
  void entriesVerifiedInAPreviousSystemCountOnlyWhenTheProgramSaysSo() {
    List<ProcedureMinimum> minimums = List.of(minimum(EPIDURAL, null, TraineeRole.PERFORMED));
    long tfesi = TFESI_LS.getId();
    List<CountRow> rows =
        List.of(
            new CountRow(ANNA, tfesi, "", TraineeRole.PERFORMED, LogStatus.VERIFIED, 2),
            new CountRow(ANNA, tfesi, "", TraineeRole.PERFORMED, LogStatus.IMPORTED, 6),
            new CountRow(ANNA, tfesi, "", TraineeRole.PERFORMED, LogStatus.PENDING, 1));
    Map<Long, Long> categories = Map.of(tfesi, EPIDURAL.getId());

    assertThat(MinimumCounts.of(minimums, rows, categories, true).of(ANNA, 0))
        .isEqualTo(new MinimumCounts.Tally(8, 1));
    assertThat(MinimumCounts.of(minimums, rows, categories, false).of(ANNA, 0))
        .as("not counted at all, not even as pending")
        .isEqualTo(new MinimumCounts.Tally(2, 1));
  }

  @Test
  void aMinimumByCodeCountsCasesByTheirPrimaryCodeWhicheverEntryTheyAre() {
    ProcedureMinimum imaging = new ProcedureMinimum(7);
    imaging.define(
        "Interlaminar epidurals with imaging",
        null,
        null,
        List.of("62321", "62323"),
        20,
        Set.of(TraineeRole.PERFORMED),
        Map.of(),
        1);
    long tfesi = TFESI_LS.getId();
    long ilesi = 77;
    List<CountRow> rows =
        List.of(
            new CountRow(ANNA, ilesi, "62323", TraineeRole.PERFORMED, LogStatus.VERIFIED, 4),
            new CountRow(ANNA, ilesi, "62322", TraineeRole.PERFORMED, LogStatus.VERIFIED, 6),
            new CountRow(ANNA, ilesi, "62323", TraineeRole.PERFORMED, LogStatus.PENDING, 1),
            new CountRow(ANNA, ilesi, "62321", TraineeRole.ASSISTED, LogStatus.VERIFIED, 3),
            new CountRow(ANNA, ilesi, "", TraineeRole.PERFORMED, LogStatus.VERIFIED, 2),
            new CountRow(ANNA, tfesi, "64483", TraineeRole.PERFORMED, LogStatus.VERIFIED, 9));
    Map<Long, Long> categories = Map.of(tfesi, EPIDURAL.getId(), ilesi, EPIDURAL.getId());

    MinimumCounts counts = MinimumCounts.of(List.of(imaging), rows, categories, true);

    assertThat(counts.of(ANNA, 0))
        .as("landmark (62322), another role, an uncoded entry and another code do not count")
        .isEqualTo(new MinimumCounts.Tally(4, 1));
  }
}
