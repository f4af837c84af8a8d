package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

/** The rule file's loader: what it refuses, and that each refusal names the line. */
class CodingRuleFormatTest {

  private static final String HEADER =
      "---\nkind: coding-rules\nid: test\nversion: 1\n---\n"
          + "| Procedure | When | Codes | Modifier | Sources |\n|---|---|---|---|---|\n";
  private static final String SOURCES = "\n[CPT]: test source\n";

  /** Line 8 is the first rule. */
  private static CodingRuleBook parse(String rows) {
    return CodingRuleFormat.parse(HEADER + rows + SOURCES);
  }

  private static List<String> problems(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::message).toList();
    }
    throw new AssertionError("nothing was refused");
  }

  @Test
  void theBundledRulesCoverTheBundledCatalogExactly() {
    assertThat(SeedCatalog.RULES.key()).isEqualTo("core:1");
    assertThat(SeedCatalog.RULES.procedureCount())
        .as("every active procedure has rules")
        .isEqualTo(
            (int) SeedCatalog.TYPES.values().stream().filter(ProcedureType::isActive).count());
  }

  @Test
  void everyGuidanceACatalogEntryOffersIsAllowedByItsCodes() {
    for (ProcedureType type : SeedCatalog.TYPES.values()) {
      if (!type.isActive()) {
        continue;
      }
      for (Guidance g : type.getGuidanceOptions()) {
        boolean allowed =
            SeedCatalog.RULES.rulesFor(type.getCode()).stream()
                .filter(r -> r.refusal() == null)
                .anyMatch(
                    r ->
                        r.when().stream()
                            .noneMatch(
                                c ->
                                    c.key().equals(CodingFacts.GUIDANCE)
                                        && !c.names().contains(g.name())));
        assertThat(allowed).as(type.getCode() + " offers " + g).isTrue();
      }
    }
    assertThat(SeedCatalog.type("MBB-LS").getGuidanceOptions())
        .as("ultrasound-guided facet injections have their own codes")
        .containsExactlyInAnyOrder(Guidance.FLUOROSCOPY, Guidance.CT);
    assertThat(SeedCatalog.type("SIJ-INJ").getGuidanceOptions())
        .containsExactlyInAnyOrder(Guidance.FLUOROSCOPY, Guidance.CT);
  }

  @Test
  void aCatalogOfferingGuidanceTheRulesDoNotCoverIsRefusedNamingTheLine() {
    ProcedureType mbb = TestCatalog.MBB_LS_BEFORE_CORRECTION;
    CodingRuleBook book =
        parse(
            "| MBB-LS | guidance FLUOROSCOPY | 64493; +64494 per levels beyond 1 max 1;"
                + " +64495 per levels beyond 2 max 1 | 50 if BILATERAL | [CPT] |\n");
    assertThat(problems(() -> book.check(List.of(mbb))))
        .anySatisfy(
            p -> assertThat(p).startsWith("Line 8: no rule for MBB-LS covers guidance ULTRASOUND"));
  }

  @Test
  void overlappingRulesAreRefusedNamingTheLaterLineAndTheFirst() {
    CodingRuleBook book =
        parse(
            "| TFESI-LS | guidance FLUOROSCOPY,CT | 64483; +64484 per levels beyond 1 | - | [CPT] |\n"
                + "| TFESI-LS | guidance CT | 64483; +64484 per levels beyond 1 | - | [CPT] |\n");
    assertThat(problems(() -> book.check(List.of(TestCatalog.TFESI_LS))))
        .anySatisfy(
            p -> assertThat(p).startsWith("Line 9: overlaps line 8: both cover TFESI-LS with"));
  }

  @Test
  void aCountRangeLeftOpenIsAGapNamingTheValue() {
    CodingRuleBook book =
        parse(
            "| EDX-CONSULT | studies 1-2 | 95907; +95886 per emg-limbs | - | [CPT] |\n"
                + "| EDX-CONSULT | studies 4+ | 95908; +95885 per limited-emg-limbs;"
                + " +95887 per non-limb-emg; 95909; 95910; 95911; 95912; 95913 | - | [CPT] |\n");
    assertThat(problems(() -> book.check(List.of(TestCatalog.EDX_CONSULT))))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("Line 8: no rule for EDX-CONSULT covers")
                    .contains("studies 3"));
  }

  @Test
  void wrongRulesAreRefusedEachNamingItsLine() {
    List<String> found =
        problems(
            () ->
                parse(
                    "| TFESI-LS | guidance SONAR | 64483 | - | [CPT] |\n"
                        + "| TFESI-LS | any | +64484 | - | [CPT] |\n"
                        + "| TFESI-LS | any | 6448 | - | [CPT] |\n"
                        + "| TFESI-LS | colour RED | 64483 | - | [CPT] |\n"
                        + "| TFESI-LS | any | 64483 | 50 when bilateral | [CPT] |\n"
                        + "| TFESI-LS | any | 64483 | - | |\n"
                        + "| TFESI-LS | any | 64483 | - | [NOWHERE] |\n"
                        + "| TFESI-LS | levels 3-1 | 64483 | - | [CPT] |\n"
                        + "| TFESI-LS | any | 64483 |\n"));
    assertThat(found)
        .containsExactly(
            "Line 8: 'SONAR' is not a guidance; one of [FLUOROSCOPY, ULTRASOUND, CT, LANDMARK, EMG,"
                + " STIMULATION].",
            "Line 9: the first code is the primary one and cannot be an add-on.",
            "Line 10: '6448' is not a code term; write a code (64483, +64484, G0260), optionally"
                + " 'once', 'per <count> beyond <n> max <m>' and 'if <detail> <values>'.",
            "Line 11: 'colour' is not a detail a rule can read; use guidance, region, side, levels or"
                + " one of "
                + Stream.of(Quantity.values()).map(Quantity::key).toList()
                + ".",
            "Line 12: a modifier reads like '50 if BILATERAL', or '-' for none.",
            "Line 13: every rule cites at least one source, like [CPT-2026].",
            "Line 15: the range 3-1 of levels is empty.",
            "Line 16: a rule has five cells (procedure | when | codes | modifier | sources); this"
                + " row has 3.",
            "Line 14: source [NOWHERE] is cited but never described.");
  }

  @Test
  void rulesMustNameCatalogProceduresDetailsTheyAskAndCodesTheyList() {
    CodingRuleBook book =
        parse(
            "| TFESI-LS | any | 64483; +64484 per levels beyond 1; 64999 | - | [CPT] |\n"
                + "| EDX-CONSULT | guidance EMG | 95907 | - | [CPT] |\n"
                + "| NOT-IN-CATALOG | any | 64483 | - | [CPT] |\n");
    assertThat(problems(() -> book.check(List.of(TestCatalog.TFESI_LS, TestCatalog.EDX_CONSULT))))
        .contains(
            "Line 10: 'NOT-IN-CATALOG' is not a procedure in the catalog.",
            "Line 8: 64999 is not among the codes the catalog lists for TFESI-LS [64483, +64484].",
            "Line 9: EDX-CONSULT does not ask for guidance.");
  }

  @Test
  void aFileWithoutItsHeaderOrRulesIsRefused() {
    assertThat(problems(() -> CodingRuleFormat.parse("| TFESI-LS | any | 64483 | - | [CPT] |")))
        .contains("Line 1: the file must start with a YAML header (---).");
    assertThat(problems(() -> CodingRuleFormat.parse(HEADER + SOURCES)))
        .contains("The file holds no rule rows.");
  }
}
