package org.continuum.procedure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.ProcedureField;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TestCatalog;
import org.junit.jupiter.api.Test;

class ProcedureSearchTest {

  private static final List<ProcedureOption> CATALOG =
      List.of(
          ProcedureOption.of(TestCatalog.TFESI_LS),
          ProcedureOption.of(
              TestCatalog.type(
                  12,
                  "TFESI-CT",
                  "Transforaminal epidural injection, cervical or thoracic",
                  TestCatalog.EPIDURAL,
                  List.of("64479", "+64480"),
                  List.of("tfesi", "transforaminal"),
                  Set.of(ProcedureField.SPINE_REGION),
                  Set.of(SpineRegion.CERVICAL, SpineRegion.THORACIC),
                  Set.of(Guidance.FLUOROSCOPY),
                  Guidance.FLUOROSCOPY,
                  0)),
          ProcedureOption.of(TestCatalog.EDX_CONSULT),
          ProcedureOption.of(
              TestCatalog.type(
                  22,
                  "NCS-ONLY",
                  "Nerve conduction studies without needle EMG",
                  TestCatalog.EDX,
                  List.of("95907"),
                  List.of("ncs", "nerve conduction"),
                  Set.of(),
                  Set.of(),
                  Set.of(),
                  null,
                  0)));

  private static List<String> codes(String query) {
    return ProcedureSearch.rank(CATALOG, query, 10).stream().map(ProcedureOption::code).toList();
  }

  @Test
  void anAbbreviationFindsItsProceduresFirst() {
    assertThat(codes("TFESI")).containsExactlyInAnyOrder("TFESI-CT", "TFESI-LS");
    assertThat(codes("emg").get(0)).isEqualTo("EDX-CONSULT");
  }

  @Test
  void aCptCodeFindsItsProcedureIncludingAddOnCodes() {
    assertThat(codes("64483").get(0)).isEqualTo("TFESI-LS");
    assertThat(codes("95886").get(0)).isEqualTo("EDX-CONSULT");
    assertThat(codes("6448")).containsExactlyInAnyOrder("TFESI-LS", "TFESI-CT");
  }

  @Test
  void wordsInAnyOrderMatchTheName() {
    assertThat(codes("lumbar transforaminal")).containsExactly("TFESI-LS");
    assertThat(codes("nerve")).first().isIn("EDX-CONSULT", "NCS-ONLY");
    assertThat(codes("zzz")).isEmpty();
  }

  @Test
  void retiredProceduresAreNotOffered() {
    var retired =
        TestCatalog.type(
            30,
            "OLD",
            "Old epidural",
            TestCatalog.EPIDURAL,
            List.of("62311"),
            List.of("epidural"),
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            0);
    retired.retire();
    List<ProcedureOption> withRetired =
        List.of(ProcedureOption.of(retired), ProcedureOption.of(TestCatalog.TFESI_LS));
    assertThat(ProcedureSearch.rank(withRetired, "epidural", 10))
        .extracting(ProcedureOption::code)
        .containsExactly("TFESI-LS");
    assertThat(ProcedureSearch.rank(withRetired, "", 10))
        .extracting(ProcedureOption::code)
        .containsExactly("TFESI-LS");
  }
}
