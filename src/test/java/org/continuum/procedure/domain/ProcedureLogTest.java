package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.procedure.domain.TestCatalog.CHECKS;
import static org.continuum.procedure.domain.TestCatalog.GUARD;
import static org.continuum.procedure.domain.TestCatalog.TFESI_LS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class ProcedureLogTest {

  private static final long PROGRAM = 7;
  private static final long TRAINEE = 100;
  private static final long SUPERVISOR = 200;
  private static final long SOMEONE_ELSE = 300;
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

  static LogEntry tfesi(LocalDate on) {
    LogEntry e = new LogEntry();
    e.setProcedureTypeId(TFESI_LS.getId());
    e.setPerformedOn(on);
    e.setSupervisorId(SUPERVISOR);
    e.setRole(TraineeRole.PERFORMED);
    e.setSetting(ClinicalSetting.OUTPATIENT);
    e.setSpineRegion(SpineRegion.LUMBAR);
    e.setLevels(List.of("l4-l5"));
    e.setLaterality(Laterality.LEFT);
    e.setAgeBand(AgeBand.AGE_40_64);
    e.setSex(PatientSex.FEMALE);
    e.setDiagnosisCode("m54.16");
    e.setComplications(Set.of());
    e.setNote("Good contrast flow along the L5 nerve root.");
    return e;
  }

  private static ProcedureLog submitted() {
    return ProcedureLog.submit(
        PROGRAM, TRAINEE, tfesi(TODAY), TFESI_LS, CHECKS, TODAY, NOW, LogSource.APP);
  }

  @Test
  void aNewEntryWaitsForItsSupervisorWithNormalisedDetails() {
    ProcedureLog log = submitted();
    assertThat(log.getStatus()).isEqualTo(LogStatus.PENDING);
    assertThat(log.getDetails().getLevels()).containsExactly("L4-L5");
    assertThat(log.getDetails().getGuidance())
        .as("the procedure's default guidance fills a blank")
        .isEqualTo(Guidance.FLUOROSCOPY);
    assertThat(log.getDetails().getDiagnosisCode()).isEqualTo("M54.16");
  }

  @Test
  void anEntryVerifiedInAPreviousSystemIsAttestedNotVerifiedAndIsLocked() {
    ImportAttestation attestation =
        ImportAttestation.byImporter(SOMEONE_ELSE, NOW, "old.csv", "ab".repeat(32));
    ProcedureLog log =
        ProcedureLog.imported(
            PROGRAM, TRAINEE, tfesi(TODAY.minusYears(1)), TFESI_LS, CHECKS, TODAY, attestation);

    assertThat(log.getStatus()).isEqualTo(LogStatus.IMPORTED);
    assertThat(log.getDecidedBy()).as("nobody verified it here").isNull();
    assertThat(log.getSupervisorId())
        .as("who supervised, as the old record said")
        .isEqualTo(SUPERVISOR);
    assertThat(log.getAttestation().getAttestedBy()).isEqualTo(SOMEONE_ELSE);
    assertThat(log.getSource()).isEqualTo(LogSource.IMPORT);
    assertThat(LogStatus.IMPORTED.isSettled()).isTrue();
    assertThatThrownBy(() -> log.verify(SUPERVISOR, NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> log.voidByTrainee(TRAINEE, 0, "mine", GUARD, NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("locked");
    assertThatThrownBy(
            () -> log.revise(TRAINEE, tfesi(TODAY.minusYears(1)), TFESI_LS, CHECKS, TODAY, NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void aReasonToReturnOrVoidIsCheckedForPatientIdentifiersLikeANote() {
    ProcedureLog log = submitted();
    assertThatThrownBy(() -> log.reject(SUPERVISOR, "Wrong patient, MRN 4471203", GUARD, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Reason seems to contain a record or account number");
    assertThatThrownBy(
            () -> log.voidEntry(TRAINEE, "Logged for Maria Lopez by mistake", GUARD, NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("full name");
    assertThat(log.getStatus()).isEqualTo(LogStatus.PENDING);
  }

  @Test
  void onlyTheNamedSupervisorVerifiesAndAVerifiedEntryIsLocked() {
    ProcedureLog log = submitted();
    assertThatThrownBy(() -> log.verify(SOMEONE_ELSE, NOW))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> log.verify(TRAINEE, NOW)).isInstanceOf(AccessDeniedException.class);

    log.verify(SUPERVISOR, NOW);

    assertThat(log.getStatus()).isEqualTo(LogStatus.VERIFIED);
    assertThat(log.getDecidedBy()).isEqualTo(SUPERVISOR);
    assertThatThrownBy(() -> log.revise(TRAINEE, tfesi(TODAY), TFESI_LS, CHECKS, TODAY, NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("verified and can no longer be changed");
    assertThatThrownBy(() -> log.reject(SUPERVISOR, "Wrong level", GUARD, NOW))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("this one is verified");
  }

  @Test
  void aReturnedEntryNeedsAReasonAndGoesBackToTheQueueWhenCorrected() {
    ProcedureLog log = submitted();
    assertThatThrownBy(() -> log.reject(SUPERVISOR, " ", GUARD, NOW))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));

    log.reject(SUPERVISOR, "Level was L5-S1", GUARD, NOW);
    assertThat(log.getStatus()).isEqualTo(LogStatus.REJECTED);
    assertThatThrownBy(() -> log.verify(SUPERVISOR, NOW))
        .isInstanceOf(RuleViolationException.class);

    assertThatThrownBy(() -> log.revise(SUPERVISOR, tfesi(TODAY), TFESI_LS, CHECKS, TODAY, NOW))
        .as("only the trainee corrects")
        .isInstanceOf(AccessDeniedException.class);
    log.revise(TRAINEE, tfesi(TODAY.minusDays(1)), TFESI_LS, CHECKS, TODAY, NOW.plusSeconds(60));

    assertThat(log.getStatus()).isEqualTo(LogStatus.PENDING);
    assertThat(log.getPerformedOn()).isEqualTo(TODAY.minusDays(1));
    assertThat(log.getSubmittedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(log.getRejectionReason()).as("kept for the record").isEqualTo("Level was L5-S1");
  }

  @Test
  void voidingKeepsTheEntryWithItsReasonAndHappensOnce() {
    ProcedureLog log = submitted();
    assertThatThrownBy(() -> log.voidEntry(TRAINEE, "", GUARD, NOW))
        .isInstanceOf(InvalidInputException.class);
    log.voidEntry(TRAINEE, "Logged twice", GUARD, NOW);
    assertThat(log.getStatus()).isEqualTo(LogStatus.VOIDED);
    assertThat(log.getVoidReason()).isEqualTo("Logged twice");
    assertThatThrownBy(() -> log.voidEntry(TRAINEE, "Again", GUARD, NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> log.verify(SUPERVISOR, NOW))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    LogEntry empty = new LogEntry();
    empty.setProcedureTypeId(TFESI_LS.getId());
    assertThatThrownBy(
            () ->
                ProcedureLog.submit(
                    PROGRAM, TRAINEE, empty, TFESI_LS, CHECKS, TODAY, NOW, LogSource.APP))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "performedOn",
                        "supervisorId",
                        "role",
                        "setting",
                        "ageBand",
                        "sex",
                        "spineRegion",
                        "levels",
                        "laterality"));
  }

  @Test
  void aFutureDateAndSelfSupervisionAreRefused() {
    assertThatThrownBy(
            () ->
                ProcedureLog.submit(
                    PROGRAM,
                    TRAINEE,
                    tfesi(TODAY.plusDays(1)),
                    TFESI_LS,
                    CHECKS,
                    TODAY,
                    NOW,
                    LogSource.APP))
        .hasMessage("Date must not be in the future.");
    LogEntry own = tfesi(TODAY);
    LogEntry selfSupervised = tfesi(TODAY);
    selfSupervised.setSupervisorId(TRAINEE);
    assertThatThrownBy(
            () ->
                ProcedureLog.submit(
                    PROGRAM, TRAINEE, selfSupervised, TFESI_LS, CHECKS, TODAY, NOW, LogSource.APP))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("supervisorId"));
  }

  @Test
  void aRetiredProcedureCannotBeLogged() {
    ProcedureType retired =
        TestCatalog.type(
            99,
            "OLD-PROC",
            "Retired procedure",
            TestCatalog.EDX,
            List.of("95999"),
            List.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            null,
            0);
    retired.retire();
    assertThatThrownBy(
            () ->
                ProcedureLog.submit(
                    PROGRAM, TRAINEE, tfesi(TODAY), retired, CHECKS, TODAY, NOW, LogSource.APP))
        .hasMessageContaining("retired from the catalog");
  }
}
