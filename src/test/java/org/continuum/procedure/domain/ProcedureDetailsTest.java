package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.CHECKS;
import static org.continuum.procedure.domain.TestCatalog.EDX_CONSULT;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureDetailsTest {

  private static LogEntry entry(
      SpineRegion region, List<String> levels, Guidance guidance, String diagnosis, String note) {
    LogEntry e = new LogEntry();
    e.setProcedureTypeId(TFESI_LS.getId());
    e.setPerformedOn(LocalDate.of(2026, 11, 2));
    e.setSupervisorId(200L);
    e.setRole(TraineeRole.ASSISTED);
    e.setSetting(ClinicalSetting.SURGERY_CENTER);
    e.setSpineRegion(region);
    e.setLevels(levels);
    e.setLaterality(Laterality.RIGHT);
    e.setGuidance(guidance);
    e.setAgeBand(AgeBand.AGE_65_79);
    e.setSex(PatientSex.MALE);
    e.setDiagnosisCode(diagnosis);
    e.setComplications(Set.of(Complication.VASOVAGAL));
    e.setNote(note);
    return e;
  }

  private static List<String> fieldsOf(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void levelsMustBelongToTheChosenRegionAndStayWithinTheProcedureLimit() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of("C5-C6"), null, null, null),
                    TFESI_LS,
                    CHECKS))
        .hasMessageContaining("Level C5-C6 is not a lumbar level");
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of("L3-L4", "L4-L5", "L5-S1"), null, null, null),
                    TFESI_LS,
                    CHECKS))
        .hasMessageContaining("at most 2 levels");
    ProcedureDetails sacral =
        ProcedureDetails.of(
            entry(SpineRegion.SACRAL, List.of("s1", " S1 "), null, null, null), TFESI_LS, CHECKS);
    assertThat(sacral.getLevels()).as("duplicates fold").containsExactly("S1");
  }

  @Test
  void aRegionOrGuidanceTheProcedureDoesNotOfferIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.CERVICAL, List.of("C5-C6"), Guidance.ULTRASOUND, null, null),
                    TFESI_LS,
                    CHECKS))
        .satisfies(
            e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder("spineRegion", "guidance"));
  }

  @Test
  void fieldsTheProcedureDoesNotAskForAreNotStored() {
    LogEntry withExtras = entry(SpineRegion.LUMBAR, List.of("L4-L5"), Guidance.CT, null, null);
    withExtras.setProcedureTypeId(EDX_CONSULT.getId());
    withExtras.setRole(TraineeRole.PERFORMED);
    withExtras.setSetting(ClinicalSetting.OUTPATIENT);
    withExtras.setLaterality(Laterality.BILATERAL);
    withExtras.setAgeBand(AgeBand.AGE_18_39);
    withExtras.setSex(PatientSex.OTHER);
    withExtras.setComplications(null);
    withExtras.setCounts(Map.of(Quantity.NERVE_STUDIES, 6, Quantity.MUSCLES, 3));
    ProcedureDetails details = ProcedureDetails.of(withExtras, EDX_CONSULT, CHECKS);
    assertThat(details.getSpineRegion()).isNull();
    assertThat(details.getLevels()).isEmpty();
    assertThat(details.getGuidance()).isNull();
    assertThat(details.getLaterality()).isEqualTo(Laterality.BILATERAL);
    assertThat(details.getComplications()).isEmpty();
    assertThat(details.getCounts())
        .as("studies asked and given, optional counts none, muscles not asked")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Quantity.NERVE_STUDIES, 6,
                Quantity.EMG_LIMBS, 0,
                Quantity.LIMITED_EMG_LIMBS, 0,
                Quantity.NON_LIMB_EMG, 0));
  }

  @ParameterizedTest
  @CsvSource({"m54.16,M54.16", "M5416,M54.16", "g56.0,G56.0", "M54,M54", " s13.4xxa ,S13.4XXA"})
  void diagnosisCodesAreNormalised(String given, String stored) {
    assertThat(ProcedureDetails.normalDiagnosis(given)).isEqualTo(stored);
  }

  @ParameterizedTest
  @CsvSource({"54.16", "U07.1", "back pain", "M54.16789"})
  void somethingThatIsNotAnIcd10CodeIsRefused(String given) {
    assertThatThrownBy(() -> ProcedureDetails.normalDiagnosis(given))
        .hasMessage("Diagnosis '" + given.strip() + "' must be an ICD-10 code, like M54.16.");
  }

  @Test
  void aNoteNamingThePatientIsRefusedAlongsideOtherProblems() {
    assertThatThrownBy(
            () ->
                ProcedureDetails.of(
                    entry(SpineRegion.LUMBAR, List.of(), null, "nope", "Patient John Smith, 64"),
                    TFESI_LS,
                    CHECKS))
        .satisfies(
            e ->
                assertThat(fieldsOf(e))
                    .containsExactlyInAnyOrder("levels", "diagnosisCodes", "note"))
        .hasMessageContaining("full name (\"John Smith\")");
  }

  @Test
  void vertebralBodiesMaySpanTwoRegionsAndTheFirstOnesRegionCodesTheCase() {
    ProcedureType kypho = SeedCatalog.type("KYPHOPLASTY");
    LogEntry e = entry(null, List.of("T12", "L1"), Guidance.FLUOROSCOPY, null, null);
    complete(e, kypho);
    ProcedureDetails details = ProcedureDetails.of(e, kypho, CHECKS);
    assertThat(details.getSpineRegion()).isEqualTo(SpineRegion.THORACIC);
    assertThat(SeedCatalog.RULES.code(kypho, details.codingFacts()).label())
        .isEqualTo("22513, +22515");

    LogEntry segments = entry(null, List.of("L1-L2"), Guidance.FLUOROSCOPY, null, null);
    complete(segments, kypho);
    assertThatThrownBy(() -> ProcedureDetails.of(segments, kypho, CHECKS))
        .hasMessageContaining("is not a vertebral body");
  }

  @Test
  void countsOfLimbsCannotAddUpToMoreThanFour() {
    ProcedureType botox = SeedCatalog.type("BOTOX-EXT");
    LogEntry e = entry(null, null, Guidance.EMG, null, null);
    complete(e, botox);
    e.setLaterality(Laterality.RIGHT);
    e.setCounts(Map.of(Quantity.SMALL_LIMBS, 3, Quantity.LARGE_LIMBS, 2, Quantity.UNITS, 400));
    assertThatThrownBy(() -> ProcedureDetails.of(e, botox, CHECKS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            x -> {
              assertThat(x.errors().get(0).field()).isEqualTo("counts");
              assertThat(x.errors().get(0).message()).contains("add up to 5; there are four limbs");
            });
  }

  @Test
  void anOldEntryWithGuidanceItsCodesDoNotIncludeIsNotCoded() {
    ProcedureType before = TestCatalog.MBB_LS_BEFORE_CORRECTION;
    LogEntry e = entry(SpineRegion.LUMBAR, List.of("L4-L5"), Guidance.ULTRASOUND, null, null);
    complete(e, before);
    e.setLaterality(Laterality.LEFT);
    ProcedureDetails logged = ProcedureDetails.of(e, before, CHECKS);
    assertThatThrownBy(() -> logged.requireStillCodable(SeedCatalog.type("MBB-LS")))
        .hasMessageContaining("ultrasound guidance, which the codes of");
  }

  private static void complete(LogEntry e, ProcedureType type) {
    e.setProcedureTypeId(type.getId());
    e.setRole(TraineeRole.PERFORMED);
    e.setSetting(ClinicalSetting.OUTPATIENT);
    e.setAgeBand(AgeBand.AGE_65_79);
    e.setSex(PatientSex.FEMALE);
  }

  @Test
  void upToThreeDiagnosesFromTheListThePrincipalFirst() {
    LogEntry e = entry(SpineRegion.LUMBAR, List.of("L4-L5"), null, null, null);
    e.setDiagnosisCodes(List.of("m48.062", "M54.16", "M48.062"));
    assertThat(ProcedureDetails.of(e, TFESI_LS, CHECKS).getDiagnosisCodes())
        .as("normalised, each once, in the order given")
        .containsExactly("M48.062", "M54.16");

    e.setDiagnosisCodes(List.of("M54.16", "M48.062", "M47.816", "M54.50"));
    assertThatThrownBy(() -> ProcedureDetails.of(e, TFESI_LS, CHECKS))
        .hasMessageContaining("at most 3 diagnoses");

    e.setDiagnosisCodes(List.of("S13.4XXA"));
    assertThatThrownBy(() -> ProcedureDetails.of(e, TFESI_LS, CHECKS))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            x -> {
              assertThat(x.errors().get(0).field()).isEqualTo("diagnosisCodes");
              assertThat(x.errors().get(0).message())
                  .startsWith("Diagnosis S13.4XXA is not on the program's diagnosis list");
            });
  }
}
