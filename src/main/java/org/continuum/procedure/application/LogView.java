package org.continuum.procedure.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.continuum.procedure.domain.CodedAs;
import org.continuum.procedure.domain.ImportAttestation;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureDetails;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.shared.domain.Detailed;

/**
 * One log entry in full, as its trainee, supervisor and program leadership see it; an entry
 * imported as verified in a previous system says who vouched for it, when and from which file.
 */
public record LogView(
    long id,
    long version,
    long programId,
    LocalDate performedOn,
    long procedureTypeId,
    String procedureCode,
    String procedureName,
    CodedAs codedAs,
    long traineeId,
    String traineeName,
    long supervisorId,
    String supervisorName,
    ProcedureDetails details,
    LogStatus status,
    String rejectionReason,
    String voidReason,
    Instant submittedAt,
    Instant decidedAt,
    LogSource source,
    ImportAttestation attestation,
    String attestedByName)
    implements Detailed, Serializable {

  static LogView of(
      ProcedureLog log, String traineeName, String supervisorName, String attestedByName) {
    return new LogView(
        log.getId(),
        log.getVersion(),
        log.getProgramId(),
        log.getPerformedOn(),
        log.getProcedureType().getId(),
        log.getProcedureType().getCode(),
        log.getProcedureType().getName(),
        log.getCodedAs(),
        log.getTraineeId(),
        traineeName,
        log.getSupervisorId(),
        supervisorName,
        log.getDetails(),
        log.getStatus(),
        log.getRejectionReason(),
        log.getVoidReason(),
        log.getSubmittedAt(),
        log.getDecidedAt(),
        log.getSource(),
        log.getAttestation(),
        attestedByName);
  }

  /** The codes as the entry shows them ("64483, +64484 x1"). */
  public String codes() {
    return codedAs == null ? "not coded" : codedAs.label();
  }
}
