package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.EDX_CONSULT;
import static org.continuum.procedure.domain.TestCatalog.GUARD;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureDetailsTest {

  private static LogEntry entry(
      SpineRegion region, List<String> levels, Guidance guidance, String diagnosis, String note) {
    return new LogEntry(
        TFESI_LS.getId(),
        LocalDate.of(2026, 11, 2),
        200L,
        TraineeRole.ASSISTED,
        ClinicalSetting.SURGERY_CENTER,
        region,
        levels,
        Laterality.RIGHT,
        guidance,
        AgeBand.AGE_65_79,
        PatientSex.MALE,
        diagnosis,
        Set.of(Complication.VASOVAGAL),
        note);
  }

  private static List<String> fieldsOf(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void levelsMustBelongToTheChosenRegionAndStayWithinTheProcedureLimit() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of("C5-C6"), null, null, null), TFESI_LS, GUARD))
        .hasMessageContaining("Level C5-C6 is not a lumbar level");
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of("L3-L4", "L4-L5", "L5-S1"), null, null, null),
                    TFESI_LS,
                    GUARD))
        .hasMessageContaining("at most 2 levels");
    ProcedureDetails sacral =
        ProcedureDetails.of(
            entry(SpineRegion.SACRAL, List.of("s1", " S1 "), null, null, null), TFESI_LS, GUARD);
    assertThat(sacral.getLevels()).as("duplicates fold").containsExactly("S1");
  }

  @Test
  void aRegionOrGuidanceTheProcedureDoesNotOfferIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.CERVICAL, List.of("C5-C6"), Guidance.ULTRASOUND, null, null),
                    TFESI_LS,
                    GUARD))
        .satisfies(
            e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder("spineRegion", "guidance"));
  }

  @Test
  void fieldsTheProcedureDoesNotAskForAreNotStored() {
    LogEntry withExtras =
        new LogEntry(
            EDX_CONSULT.getId(),
            LocalDate.of(2026, 11, 2),
            200L,
            TraineeRole.PERFORMED,
            ClinicalSetting.OUTPATIENT,
            SpineRegion.LUMBAR,
            List.of("L4-L5"),
            Laterality.BILATERAL,
            Guidance.CT,
            AgeBand.AGE_18_39,
            PatientSex.OTHER,
            null,
            null,
            null);
    ProcedureDetails details = ProcedureDetails.of(withExtras, EDX_CONSULT, GUARD);
    assertThat(details.getSpineRegion()).isNull();
    assertThat(details.getLevels()).isEmpty();
    assertThat(details.getGuidance()).isNull();
    assertThat(details.getLaterality()).isEqualTo(Laterality.BILATERAL);
    assertThat(details.getComplications()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"m54.16,M54.16", "M5416,M54.16", "g56.0,G56.0", "M54,M54", " s13.4xxa ,S13.4XXA"})
  void diagnosisCodesAreNormalised(String given, String stored) {
    assertThat(ProcedureDetails.diagnosis(given)).isEqualTo(stored);
  }

  @ParameterizedTest
  @CsvSource({"54.16", "U07.1", "back pain", "M54.16789"})
  void somethingThatIsNotAnIcd10CodeIsRefused(String given) {
    assertThatThrownBy(() -> ProcedureDetails.diagnosis(given))
        .hasMessage("Diagnosis must be an ICD-10 code, like M54.16.");
  }

  @Test
  void aNoteNamingThePatientIsRefusedAlongsideOtherProblems() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of(), null, "nope", "Patient John Smith, 64"),
                    TFESI_LS,
                    GUARD))
        .satisfies(
            e ->
                assertThat(fieldsOf(e))
                    .containsExactlyInAnyOrder("levels", "diagnosisCode", "note"))
        .hasMessageContaining("full name (\"John Smith\")");
  }
}
