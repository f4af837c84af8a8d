package org.continuum.procedure.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One log entry as lists show it, with the names of the people on it. */
public record LogRow(
    long id,
    long version,
    long programId,
    LocalDate performedOn,
    long procedureTypeId,
    String procedureCode,
    String procedureName,
    String cptCodes,
    long traineeId,
    String traineeName,
    long supervisorId,
    String supervisorName,
    TraineeRole role,
    ClinicalSetting setting,
    SpineRegion spineRegion,
    String levels,
    Laterality laterality,
    Guidance guidance,
    AgeBand ageBand,
    PatientSex sex,
    LogStatus status,
    String rejectionReason,
    String voidReason,
    Instant submittedAt)
    implements Serializable {

  /** The code reported to the accreditor: the first one that is not an add-on. */
  public String primaryCpt() {
    for (String code : cptCodes.split(",")) {
      if (!code.startsWith("+")) {
        return code;
      }
    }
    return "";
  }

  /** Region, levels, side and guidance in one short line ("Lumbar L4-L5 · Left · Fluoroscopy"). */
  public String summary() {
    StringBuilder s = new StringBuilder();
    if (spineRegion != null) {
      s.append(spineRegion.title());
    }
    if (levels != null && !levels.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append(levels.replace(",", ", "));
    }
    if (laterality != null) {
      s.append(s.isEmpty() ? "" : " · ").append(laterality.title());
    }
    if (guidance != null) {
      s.append(s.isEmpty() ? "" : " · ").append(guidance.title());
    }
    return s.toString();
  }
}
