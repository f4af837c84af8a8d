package org.continuum.procedure.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.ProcedureDetails;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TraineeRole;

/** One log entry in full, as its trainee, supervisor and program leadership see it. */
public record LogView(
    long id,
    long version,
    long programId,
    LocalDate performedOn,
    long procedureTypeId,
    String procedureCode,
    String procedureName,
    String cpt,
    long traineeId,
    String traineeName,
    long supervisorId,
    String supervisorName,
    TraineeRole role,
    ClinicalSetting setting,
    SpineRegion spineRegion,
    List<String> levels,
    Laterality laterality,
    Guidance guidance,
    AgeBand ageBand,
    PatientSex sex,
    String diagnosisCode,
    List<Complication> complications,
    String note,
    LogStatus status,
    String rejectionReason,
    String voidReason,
    Instant submittedAt,
    Instant decidedAt,
    LogSource source)
    implements Serializable {

  static LogView of(ProcedureLog log, String traineeName, String supervisorName) {
    ProcedureDetails d = log.getDetails();
    return new LogView(
        log.getId(),
        log.getVersion(),
        log.getProgramId(),
        log.getPerformedOn(),
        log.getProcedureType().getId(),
        log.getProcedureType().getCode(),
        log.getProcedureType().getName(),
        log.getProcedureType().primaryCpt(),
        log.getTraineeId(),
        traineeName,
        log.getSupervisorId(),
        supervisorName,
        d.getRole(),
        d.getSetting(),
        d.getSpineRegion(),
        d.getLevels(),
        d.getLaterality(),
        d.getGuidance(),
        d.getAgeBand(),
        d.getSex(),
        d.getDiagnosisCode(),
        List.copyOf(d.getComplications()),
        d.getNote(),
        log.getStatus(),
        log.getRejectionReason(),
        log.getVoidReason(),
        log.getSubmittedAt(),
        log.getDecidedAt(),
        log.getSource());
  }

  public boolean editable() {
    return status == LogStatus.PENDING || status == LogStatus.REJECTED;
  }
}
