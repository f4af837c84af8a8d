package org.continuum.procedure.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.continuum.shared.domain.Detailed;

/**
 * One log entry as lists show it, with the names of the people on it; an entry imported as verified
 * in a previous system carries who vouched for it (its attestation), every other entry null.
 */
public record LogRow(
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
    ImportAttestation attestation,
    String attestedByName)
    implements Detailed, Serializable {

  /**
   * The codes as lists show them ("64483, +64484 x1"); "not coded" for an old entry that lacks
   * details.
   */
  public String codes() {
    return codedAs == null ? "not coded" : codedAs.label();
  }

  /** Region, levels, side and guidance in one short line ("Lumbar L4-L5 · Left · Fluoroscopy"). */
  public String summary() {
    return details.summary();
  }

  /** The SHA-256 of the file an imported verified entry came from; null for other entries. */
  public String importFileSha256() {
    return attestation == null ? null : attestation.getFileSha256();
  }

  /** Whether its trainee may still correct or void it. */
  public boolean openToTrainee() {
    return ProcedureLog.openToTrainee(status);
  }
}
