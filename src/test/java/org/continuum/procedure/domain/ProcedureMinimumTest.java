package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.EDX;
import static org.continuum.procedure.domain.TestCatalog.EDX_CONSULT;
import static org.continuum.procedure.domain.TestCatalog.EPIDURAL;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class ProcedureMinimumTest {

  @Test
  void aCategoryMinimumCountsItsProceduresInTheChosenRolesOnly() {
    ProcedureMinimum epidurals = new ProcedureMinimum(7);
    epidurals.define(
        "Epidurals",
        EPIDURAL,
        null,
        20,
        Set.of(TraineeRole.PERFORMED, TraineeRole.SUPERVISED_JUNIOR),
        Map.of(),
        1);
    assertThat(epidurals.counts(TFESI_LS, TraineeRole.PERFORMED)).isTrue();
    assertThat(epidurals.counts(TFESI_LS, TraineeRole.OBSERVED)).isFalse();
    assertThat(epidurals.counts(EDX_CONSULT, TraineeRole.PERFORMED)).isFalse();
  }

  @Test
  void aProcedureMinimumCountsThatProcedureOnly() {
    ProcedureMinimum tfesi = new ProcedureMinimum(7);
    tfesi.define("TFESI", null, TFESI_LS, 10, Set.of(TraineeRole.PERFORMED), null, 1);
    assertThat(tfesi.countsProcedure(TFESI_LS.getId(), EPIDURAL.getId())).isTrue();
    assertThat(tfesi.countsProcedure(12, EPIDURAL.getId())).isFalse();
  }

  @Test
  void everyRuleBrokenIsNamedAtOnce() {
    Map<Integer, Integer> falling = new LinkedHashMap<>();
    falling.put(2, 50);
    falling.put(3, 40);
    ProcedureMinimum minimum = new ProcedureMinimum(7);
    assertThatThrownBy(() -> minimum.define("", EDX, EDX_CONSULT, 0, Set.of(), falling, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "label", "target", "requiredCount", "countedRoles", "interimTargets"));
  }

  @Test
  void interimTargetsMustRiseAndStayWithinTheMinimum() {
    ProcedureMinimum minimum = new ProcedureMinimum(7);
    Map<Integer, Integer> falling = new LinkedHashMap<>();
    falling.put(3, 40);
    falling.put(2, 50);
    assertThatThrownBy(
            () -> minimum.define("EDX", EDX, null, 150, Set.of(TraineeRole.PERFORMED), falling, 1))
        .hasMessageContaining("must not go down");
    assertThatThrownBy(
            () ->
                minimum.define(
                    "EDX", EDX, null, 150, Set.of(TraineeRole.PERFORMED), Map.of(4, 151), 1))
        .hasMessageContaining("between 0 and the minimum (150)");
    minimum.define("EDX", EDX, null, 150, Set.of(TraineeRole.PERFORMED), Map.of(4, 150, 2, 40), 1);
    assertThat(minimum.getInterimTargets())
        .extracting(InterimTarget::pgy)
        .as("kept in PGY order")
        .containsExactly(2, 4);
  }
}
