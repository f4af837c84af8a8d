package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.CHECKS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The details a program needs beyond the codes: the site treated, contrast, sedation, fluoroscopy
 * time and dose where the program records them, a trial's relief, and complications in words.
 */
class CaseDetailsTest {

  private static LogChecks recording(FluoroscopyRecording fluoroscopy) {
    return new LogChecks(CHECKS.guard(), CHECKS.rules(), CHECKS.diagnoses(), fluoroscopy, false);
  }

  private static LogEntry entry(ProcedureType type, Guidance guidance) {
    LogEntry e = new LogEntry();
    e.setProcedureTypeId(type.getId());
    e.setPerformedOn(LocalDate.of(2026, 12, 1));
    e.setSupervisorId(200L);
    e.setRole(TraineeRole.PERFORMED);
    e.setSetting(ClinicalSetting.OUTPATIENT);
    e.setAgeBand(AgeBand.AGE_40_64);
    e.setSex(PatientSex.FEMALE);
    e.setGuidance(guidance);
    if (type.asks(ProcedureField.LATERALITY)) {
      e.setLaterality(Laterality.RIGHT);
    }
    if (type.asks(ProcedureField.LEVELS)) {
      e.setSpineRegion(SpineRegion.LUMBAR);
      e.setLevels(List.of("L4-L5"));
    }
    return e;
  }

  private static List<String> fieldsOf(Throwable e) {
    return ((InvalidInputException) e).errors().stream().map(FieldError::field).toList();
  }

  @Test
  void theJointIsKeptInWordsAndScreenedForPatientIdentifiers() {
    ProcedureType joint = SeedCatalog.type("JOINT-LARGE");
    assertThat(joint.siteField()).contains(ProcedureField.JOINT);
    LogEntry e = entry(joint, Guidance.ULTRASOUND);
    e.setSite("  Knee, suprapatellar approach ");
    ProcedureDetails details = ProcedureDetails.of(e, joint, CHECKS);
    assertThat(details.getSite()).isEqualTo("Knee, suprapatellar approach");
    assertThat(details.summary()).isEqualTo("Knee, suprapatellar approach · Right · Ultrasound");

    e.setSite("Knee of Mrs. Alvarez, MRN 4482913");
    assertThatThrownBy(() -> ProcedureDetails.of(e, joint, CHECKS))
        .satisfies(x -> assertThat(fieldsOf(x)).containsExactly("site"))
        .hasMessageContaining("Joint or bursa seems to contain");
  }

  @Test
  void aSiteTheProcedureDoesNotAskForIsNotStored() {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setSite("Knee");
    e.setTrialReliefPercent(60);
    assertThat(ProcedureDetails.of(e, tfesi, CHECKS).getSite()).isNull();
    assertThat(ProcedureDetails.of(e, tfesi, CHECKS).getTrialReliefPercent()).isNull();
  }

  @Test
  void aProcedureAsksForOneSiteAtMost() {
    ProcedureType twoSites =
        new ProcedureType("TWO-SITES", SeedCatalog.type("TPI-3").getCategory());
    assertThatThrownBy(
            () ->
                twoSites.describe(
                    "Two sites",
                    twoSites.getCategory(),
                    List.of("20553"),
                    List.of(),
                    EnumSet.of(ProcedureField.MUSCLES, ProcedureField.NERVE),
                    Set.of(),
                    Set.of(),
                    null,
                    0,
                    Set.of()))
        .hasMessageContaining("one site at most");
  }

  @Test
  void otherComplicationsMustBeDescribedWithoutIdentifiers() {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setComplications(Set.of(Complication.OTHER));
    assertThatThrownBy(() -> ProcedureDetails.of(e, tfesi, CHECKS))
        .satisfies(x -> assertThat(fieldsOf(x)).containsExactly("complicationNote"))
        .hasMessageContaining("required with \"Other\"");

    e.setComplicationNote("Called Jane Doe at 555-201-3344 next day");
    assertThatThrownBy(() -> ProcedureDetails.of(e, tfesi, CHECKS))
        .satisfies(x -> assertThat(fieldsOf(x)).containsExactly("complicationNote"))
        .hasMessageContaining("Complication details seems to contain");

    e.setComplicationNote("Transient hiccups, resolved before discharge");
    ProcedureDetails details = ProcedureDetails.of(e, tfesi, CHECKS);
    assertThat(details.getComplicationNote())
        .isEqualTo("Transient hiccups, resolved before discharge");
    assertThat(details.summary()).endsWith("Complications: Other (describe)");
  }

  @Test
  void aComplicationNoteLongerThanTheLimitIsRefusedNamingTheLimit() {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setComplicationNote("x".repeat(ProcedureDetails.COMPLICATION_NOTE_LENGTH + 1));
    assertThatThrownBy(() -> ProcedureDetails.of(e, tfesi, CHECKS))
        .hasMessageContaining("at most 300 characters");
  }

  @Test
  void aProgramThatRequiresFluoroscopyTimeAndDoseGetsThemForCasesUnderFluoroscopyOnly() {
    LogChecks required = recording(FluoroscopyRecording.REQUIRED);
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    assertThatThrownBy(() -> ProcedureDetails.of(e, tfesi, required))
        .satisfies(x -> assertThat(fieldsOf(x)).containsExactly("fluoroSeconds", "fluoroDoseMgy"))
        .hasMessageContaining("Fluoroscopy time (seconds) is required");

    e.setFluoroSeconds(new BigDecimal("38.4"));
    e.setFluoroDoseMgy(new BigDecimal("2.15"));
    assertThatThrownBy(() -> ProcedureDetails.of(e, tfesi, required))
        .hasMessageContaining("one decimal place at most");
    e.setFluoroDoseMgy(new BigDecimal("2.10"));
    ProcedureDetails details = ProcedureDetails.of(e, tfesi, required);
    assertThat(details.getFluoroSeconds()).isEqualByComparingTo("38.4");
    assertThat(details.getFluoroDoseMgy()).isEqualByComparingTo("2.1");

    LogEntry ct = entry(tfesi, Guidance.CT);
    assertThat(ProcedureDetails.of(ct, tfesi, required).getFluoroSeconds())
        .as("a CT-guided case is not asked")
        .isNull();

    ProcedureType mild = SeedCatalog.type("MILD");
    assertThatThrownBy(() -> ProcedureDetails.of(entry(mild, null), mild, required))
        .as("a procedure done under fluoroscopy without a guidance question")
        .hasMessageContaining("Fluoroscopy time (seconds) is required");
  }

  @ParameterizedTest
  @CsvSource({"-1, must be between 0 and 7200", "7200.1, must be between 0 and 7200"})
  void fluoroscopyTimeStaysInRange(String seconds, String message) {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setFluoroSeconds(new BigDecimal(seconds));
    assertThatThrownBy(
            () -> ProcedureDetails.of(e, tfesi, recording(FluoroscopyRecording.OPTIONAL)))
        .hasMessageContaining(message);
  }

  @Test
  void aProgramThatDoesNotRecordFluoroscopyKeepsNoneAndImportsNeverRequireIt() {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setFluoroSeconds(new BigDecimal("20"));
    assertThat(ProcedureDetails.of(e, tfesi, CHECKS).getFluoroSeconds()).isNull();

    LogEntry imported = entry(tfesi, Guidance.FLUOROSCOPY);
    LogChecks forImport = recording(FluoroscopyRecording.REQUIRED).forImport();
    assertThat(ProcedureDetails.of(imported, tfesi, forImport).getFluoroSeconds())
        .as("not required of another system")
        .isNull();
    imported.setFluoroSeconds(new BigDecimal("20"));
    assertThat(ProcedureDetails.of(imported, tfesi, CHECKS.forImport()).getFluoroSeconds())
        .as("kept when given, whatever the program asks today")
        .isEqualByComparingTo("20");
    imported.setComplications(Set.of(Complication.OTHER));
    assertThat(ProcedureDetails.of(imported, tfesi, CHECKS.forImport()).getComplications())
        .as("another system's Other, without words")
        .containsExactly(Complication.OTHER);
  }

  @Test
  void sedationAndContrastAreKeptWhereTheProcedureAsksForThem() {
    ProcedureType tfesi = SeedCatalog.type("TFESI-LS");
    LogEntry e = entry(tfesi, Guidance.FLUOROSCOPY);
    e.setSedation(Sedation.MODERATE);
    e.setContrastUsed(true);
    ProcedureDetails details = ProcedureDetails.of(e, tfesi, CHECKS);
    assertThat(details.getSedation()).isEqualTo(Sedation.MODERATE);
    assertThat(details.getContrastUsed()).isTrue();

    ProcedureType emg = SeedCatalog.type("EMG-ONLY");
    LogEntry study = entry(emg, null);
    study.setCounts(Map.of(Quantity.EMG_LIMBS, 1));
    study.setSedation(Sedation.MODERATE);
    study.setContrastUsed(true);
    ProcedureDetails notAsked = ProcedureDetails.of(study, emg, CHECKS);
    assertThat(notAsked.getSedation()).isNull();
    assertThat(notAsked.getContrastUsed()).isNull();
  }

  @Test
  void aStimulatorTrialKeepsItsReliefAsAPercentage() {
    ProcedureType trial = SeedCatalog.type("SCS-TRIAL");
    LogEntry e = entry(trial, Guidance.FLUOROSCOPY);
    e.setSpineRegion(SpineRegion.THORACIC);
    e.setCounts(Map.of(Quantity.LEADS, 2));
    assertThat(ProcedureDetails.of(e, trial, CHECKS).getTrialReliefPercent())
        .as("not known when the leads go in")
        .isNull();
    e.setTrialReliefPercent(101);
    assertThatThrownBy(() -> ProcedureDetails.of(e, trial, CHECKS))
        .hasMessageContaining("between 0 and 100");
    e.setTrialReliefPercent(70);
    assertThat(ProcedureDetails.of(e, trial, CHECKS).getTrialReliefPercent()).isEqualTo(70);
  }

  @Test
  void everyProcedureDoneUnderFluoroscopyOrCtAsksAboutContrast() {
    for (ProcedureType type : SeedCatalog.TYPES.values()) {
      boolean imaged =
          type.getGuidanceOptions().contains(Guidance.FLUOROSCOPY)
              || type.getGuidanceOptions().contains(Guidance.CT);
      if (imaged) {
        assertThat(type.asks(ProcedureField.CONTRAST)).as(type.getCode()).isTrue();
      }
    }
  }

  @Test
  void aCorrectionStartsFromEveryDetailAsLogged() {
    ProcedureType joint = SeedCatalog.type("JOINT-LARGE");
    LogEntry e = entry(joint, Guidance.FLUOROSCOPY);
    e.setSite("Hip");
    e.setSedation(Sedation.MINIMAL);
    e.setContrastUsed(false);
    e.setFluoroSeconds(new BigDecimal("12"));
    e.setFluoroDoseMgy(new BigDecimal("0.8"));
    e.setComplications(Set.of(Complication.OTHER));
    e.setComplicationNote("Brief dizziness");
    LogChecks optional = recording(FluoroscopyRecording.OPTIONAL);
    ProcedureDetails logged = ProcedureDetails.of(e, joint, optional);
    LogEntry again = LogEntry.of(joint.getId(), e.getPerformedOn(), 200L, logged);
    ProcedureDetails same = ProcedureDetails.of(again, joint, optional);
    assertThat(same).usingRecursiveComparison().isEqualTo(logged);
  }
}
