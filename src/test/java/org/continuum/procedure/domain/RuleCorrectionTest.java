package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** A director's correction of one procedure's rules, made on the rules in force. */
class RuleCorrectionTest {

  private static final String CORE = SeedCatalog.text("coding/core-rules.md");
  private static final ProcedureType PATCH = SeedCatalog.type("BLOOD-PATCH");

  private static RuleCorrection correct(ProcedureType type, String rows) {
    return RuleCorrection.of(CORE, 7, 1, type, rows, SeedCatalog.TYPES.values());
  }

  private static List<String> messages(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::message).toList();
  }

  private static CodingFacts facts(Guidance guidance) {
    return new CodingFacts(guidance, null, null, 0, java.util.Map.of());
  }

  @Test
  void theRowsTypedReplaceTheProcedureRowsAndEverythingElseStays() {
    RuleCorrection correction =
        correct(PATCH, "| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |");
    CodingRuleBook book = correction.book();
    assertThat(book.key()).isEqualTo("program-7:1");
    assertThat(book.code(PATCH, facts(Guidance.FLUOROSCOPY)).label())
        .as("the program's payers do not take the fluoroscopy add-on")
        .isEqualTo("62273");
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    CodingFacts twoLevels =
        new CodingFacts(
            Guidance.FLUOROSCOPY, SpineRegion.LUMBAR, Laterality.LEFT, 2, java.util.Map.of());
    assertThat(book.code(tfesi, twoLevels).label())
        .isEqualTo(SeedCatalog.RULES.code(tfesi, twoLevels).label());
    assertThat(book.ruleCount()).isEqualTo(SeedCatalog.RULES.ruleCount() - 1);
    assertThat(RuleCorrection.rowsOf(correction.source(), "BLOOD-PATCH"))
        .isEqualTo("| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |");
    assertThat(correction.source()).contains("\n[PROGRAM]: A correction by the program director");
  }

  @Test
  void aProgramMayUseACodeTheCatalogDoesNotList() {
    ProcedureType sij = SeedCatalog.type("SIJ-INJ");
    assertThat(sij.getCptCodes()).doesNotContain("G0260");
    RuleCorrection correction = correct(sij, "SIJ-INJ | any | G0260 | 50 if BILATERAL | [PAYER] |");
    assertThat(
            correction
                .book()
                .code(
                    sij, new CodingFacts(Guidance.CT, null, Laterality.LEFT, 0, java.util.Map.of()))
                .label())
        .isEqualTo("G0260");
  }

  @Test
  void overlappingRowsAreRefusedNamingBothRowsAsTyped() {
    assertThatThrownBy(
            () ->
                correct(
                    PATCH,
                    "| BLOOD-PATCH | any | 62273 | - | [CPT] |\n"
                        + "|---|---|---|---|---|\n"
                        + "| BLOOD-PATCH | guidance LANDMARK | 62273 | - | [CPT] |"))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .singleElement()
                    .asString()
                    .startsWith("Row 2: overlaps row 1: both cover BLOOD-PATCH with"));
  }

  @Test
  void aCombinationNoRowCoversIsRefusedNamingTheDetails() {
    assertThatThrownBy(
            () -> correct(PATCH, "| BLOOD-PATCH | guidance FLUOROSCOPY | 62273 | - | [CPT] |"))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .singleElement()
                    .asString()
                    .startsWith("Row 1: no rule for BLOOD-PATCH covers")
                    .containsIgnoringCase("landmark"));
  }

  @Test
  void malformedRowsAndRowsOfAnotherProcedureAreRefusedByRow() {
    assertThatThrownBy(() -> correct(PATCH, "| MBB-LS | any | 64493 | - | [CPT] |"))
        .hasMessageContaining("Row 1: it names MBB-LS; the rows here code BLOOD-PATCH only.");
    assertThatThrownBy(
            () ->
                correct(
                    PATCH,
                    "| BLOOD-PATCH | any | 62273 | - | [CPT] |\n| BLOOD-PATCH | any | 62273 |"))
        .hasMessageContaining("Row 2: a rule has five cells");
    assertThatThrownBy(() -> correct(PATCH, "| BLOOD-PATCH | any | 62273 | - | [MINE] |"))
        .hasMessageContaining("Row 1: source [MINE] is cited but never described.");
    assertThatThrownBy(() -> correct(PATCH, "  \n"))
        .hasMessageContaining("Give at least one rule row");
  }

  @Test
  void aSecondCorrectionStartsFromTheFirst() {
    RuleCorrection first = correct(PATCH, "| BLOOD-PATCH | any | 62273 | - | [PROGRAM] |");
    ProcedureType mild = SeedCatalog.type("MILD");
    RuleCorrection second =
        RuleCorrection.of(
            first.source(),
            7,
            2,
            mild,
            "| MILD | any | 0275T | - | [CPT] [PROGRAM] |",
            SeedCatalog.TYPES.values());
    assertThat(second.book().key()).isEqualTo("program-7:2");
    assertThat(RuleCorrection.rowsOf(second.source(), "BLOOD-PATCH"))
        .isEqualTo("| BLOOD-PATCH | any | 62273 | - | [PROGRAM] |");
    assertThat(second.source().split("\\[PROGRAM\\]: ", -1)).as("one description").hasSize(2);
  }

  @Test
  void everyBundledRowPassesThePatientIdentifierCheckThatCorrectedRowsGoThrough() {
    for (String line : CORE.split("\\R")) {
      if (line.startsWith("| ") && !line.startsWith("| Procedure")) {
        assertThat(TestCatalog.GUARD.findIdentifier(line)).as(line).isEmpty();
      }
    }
  }

  @Test
  void rowsLongerThanOneProcedureNeedsAreRefused() {
    String huge = "| BLOOD-PATCH | any | 62273 | - | [CPT] |\n".repeat(600);
    assertThatThrownBy(() -> correct(PATCH, huge)).hasMessageContaining("at most 20000 characters");
  }

  /** The bundled rules as a later version: carpal tunnel rows cite one more source. */
  private static final String CORE_2 =
      CORE.replace("version: 1", "version: 2")
              .replace(
                  "| CARPAL-TUNNEL | any | 20526; 76942 once if guidance ULTRASOUND | 50 if BILATERAL |"
                      + " [CPT] [DF] |",
                  "| CARPAL-TUNNEL | any | 20526; 76942 once if guidance ULTRASOUND | 50 if BILATERAL |"
                      + " [CPT] [DF] [NEW] |")
          + "\n[NEW]: A source added in version 2.\n";

  private static final String WITHOUT_ADD_ON =
      "| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |";

  @Test
  void aProgramsCorrectionsAreCarriedOntoANewBundledVersionAndTheRestTakesItsRows() {
    assertThat(CORE_2).contains("[CPT] [DF] [NEW] |");
    String own = correct(PATCH, WITHOUT_ADD_ON).source();
    assertThat(RuleCorrection.basedOn(own)).contains("core:1");

    RuleCorrection carried =
        RuleCorrection.carriedOnto(CORE_2, own, CORE, 7, 2, SeedCatalog.TYPES.values(), null);

    assertThat(carried.book().key()).isEqualTo("program-7:2");
    assertThat(RuleCorrection.basedOn(carried.source())).contains("core:2");
    assertThat(carried.procedure()).as("what the program changed").isEqualTo("BLOOD-PATCH");
    assertThat(RuleCorrection.rowsOf(carried.source(), "BLOOD-PATCH")).isEqualTo(WITHOUT_ADD_ON);
    assertThat(RuleCorrection.rowsOf(carried.source(), "CARPAL-TUNNEL"))
        .as("the bundled fix reaches the program")
        .endsWith("[CPT] [DF] [NEW] |");
    assertThat(carried.source()).containsOnlyOnce("based-on:").containsOnlyOnce("[PROGRAM]:");

    RuleCorrection again =
        RuleCorrection.carriedOnto(
            CORE_2, carried.source(), CORE_2, 7, 3, SeedCatalog.TYPES.values(), null);
    assertThat(RuleCorrection.rowsOf(again.source(), "BLOOD-PATCH"))
        .as("still the program's, a version later")
        .isEqualTo(WITHOUT_ADD_ON);
  }

  @Test
  void aProcedureAboutToBeCorrectedIsCarriedAsBundled() {
    String own = correct(PATCH, WITHOUT_ADD_ON).source();
    RuleCorrection carried =
        RuleCorrection.carriedOnto(
            CORE_2, own, CORE, 7, 2, SeedCatalog.TYPES.values(), "BLOOD-PATCH");
    assertThat(carried.procedure()).isEmpty();
    assertThat(RuleCorrection.rowsOf(carried.source(), "BLOOD-PATCH"))
        .isEqualTo(RuleCorrection.rowsOf(CORE_2, "BLOOD-PATCH"));
  }

  @Test
  void rowsThatDifferOnlyInSpacingOrCaseAreNotACorrection() {
    String own =
        correct(
                PATCH,
                RuleCorrection.rowsOf(CORE, "BLOOD-PATCH")
                    .replace("| guidance", "|   Guidance")
                    .replace("[DF] |", "[DF]|"))
            .source();
    RuleCorrection carried =
        RuleCorrection.carriedOnto(CORE_2, own, CORE, 7, 2, SeedCatalog.TYPES.values(), null);
    assertThat(carried.procedure()).isEmpty();
  }

  @Test
  void everyProcedureThatNoLongerFitsIsNamedAtOnce() {
    ProcedureType carpal = SeedCatalog.type("CARPAL-TUNNEL");
    String own =
        RuleCorrection.of(
                RuleCorrection.of(
                        CORE_2,
                        7,
                        1,
                        PATCH,
                        "| BLOOD-PATCH | any | 62273 | - | [CPT] [NEW] |",
                        SeedCatalog.TYPES.values())
                    .source(),
                7,
                2,
                carpal,
                "| CARPAL-TUNNEL | any | 20526 | 50 if BILATERAL | [NEW] |",
                SeedCatalog.TYPES.values())
            .source();
    String core3 = CORE.replace("version: 1", "version: 3");
    assertThatThrownBy(
            () ->
                RuleCorrection.carriedOnto(
                    core3, own, CORE_2, 7, 3, SeedCatalog.TYPES.values(), null))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .hasSize(2)
                    .anySatisfy(m -> assertThat(m).startsWith("BLOOD-PATCH: Row 1"))
                    .anySatisfy(m -> assertThat(m).startsWith("CARPAL-TUNNEL: Row 1")));
  }

  @Test
  void rowsThatNoLongerFitTheNewBundledRulesAreNamedByProcedure() {
    String own =
        RuleCorrection.of(
                CORE_2,
                7,
                1,
                PATCH,
                "| BLOOD-PATCH | any | 62273 | - | [CPT] [NEW] |",
                SeedCatalog.TYPES.values())
            .source();
    String core3 = CORE.replace("version: 1", "version: 3"); // [NEW] is gone again
    assertThatThrownBy(
            () ->
                RuleCorrection.carriedOnto(
                    core3, own, CORE_2, 7, 2, SeedCatalog.TYPES.values(), null))
        .satisfies(
            e ->
                assertThat(messages(e))
                    .singleElement()
                    .asString()
                    .startsWith("BLOOD-PATCH: Row 1: source [NEW] is cited but never described"));
  }
}
