package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.EDX;
import static org.continuum.procedure.domain.TestCatalog.EDX_CONSULT;
import static org.continuum.procedure.domain.TestCatalog.EPIDURAL;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.util.LinkedHashMap;
import java.util.List;
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
        null,
        20,
        Set.of(TraineeRole.PERFORMED, TraineeRole.SUPERVISED_JUNIOR),
        Map.of(),
        1);
    assertThat(epidurals.counts(TFESI_LS, "64483", TraineeRole.PERFORMED)).isTrue();
    assertThat(epidurals.counts(TFESI_LS, "64483", TraineeRole.OBSERVED)).isFalse();
    assertThat(epidurals.counts(EDX_CONSULT, "95909", TraineeRole.PERFORMED)).isFalse();
  }

  @Test
  void aProcedureMinimumCountsThatProcedureOnly() {
    ProcedureMinimum tfesi = new ProcedureMinimum(7);
    tfesi.define("TFESI", null, TFESI_LS, null, 10, Set.of(TraineeRole.PERFORMED), null, 1);
    assertThat(tfesi.countsCase(TFESI_LS.getId(), EPIDURAL.getId(), "64483")).isTrue();
    assertThat(tfesi.countsCase(12, EPIDURAL.getId(), "64483")).isFalse();
  }

  @Test
  void everyRuleBrokenIsNamedAtOnce() {
    Map<Integer, Integer> falling = new LinkedHashMap<>();
    falling.put(2, 50);
    falling.put(3, 40);
    ProcedureMinimum minimum = new ProcedureMinimum(7);
    assertThatThrownBy(() -> minimum.define("", EDX, EDX_CONSULT, null, 0, Set.of(), falling, 1))
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
            () ->
                minimum.define(
                    "EDX", EDX, null, null, 150, Set.of(TraineeRole.PERFORMED), falling, 1))
        .hasMessageContaining("must not go down");
    assertThatThrownBy(
            () ->
                minimum.define(
                    "EDX", EDX, null, null, 150, Set.of(TraineeRole.PERFORMED), Map.of(4, 151), 1))
        .hasMessageContaining("between 0 and the minimum (150)");
    minimum.define(
        "EDX", EDX, null, null, 150, Set.of(TraineeRole.PERFORMED), Map.of(4, 150, 2, 40), 1);
    assertThat(minimum.getInterimTargets())
        .extracting(InterimTarget::pgy)
        .as("kept in PGY order")
        .containsExactly(2, 4);
  }

  @Test
  void aMinimumByCodeCountsTheCasesWhosePrimaryCodeIsListed() {
    ProcedureMinimum tfesi = new ProcedureMinimum(1);
    tfesi.define(
        "Transforaminal epidurals",
        null,
        null,
        List.of("64483", " +64479", "64483"),
        50,
        Set.of(TraineeRole.PERFORMED),
        null,
        1);
    assertThat(tfesi.getCptCodes())
        .as("add-on mark and repeats dropped")
        .containsExactly("64483", "64479");
    assertThat(tfesi.countsCase(TFESI_LS.getId(), EPIDURAL.getId(), "64483")).isTrue();
    assertThat(tfesi.countsCase(99, 98, "64479")).as("whatever the catalog entry").isTrue();
    assertThat(tfesi.countsCase(TFESI_LS.getId(), EPIDURAL.getId(), ""))
        .as("an entry not coded counts toward no code")
        .isFalse();
    assertThatThrownBy(
            () ->
                tfesi.define(
                    "Both",
                    EPIDURAL,
                    null,
                    List.of("64483"),
                    5,
                    Set.of(TraineeRole.PERFORMED),
                    null,
                    1))
        .hasMessageContaining("exactly one of them");
    assertThatThrownBy(
            () ->
                tfesi.define(
                    "Bad", null, null, List.of("6448"), 5, Set.of(TraineeRole.PERFORMED), null, 1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("cptCodes"));
  }
}
