package org.continuum.procedure.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TraineeRole;

/**
 * A procedure log as an API client sends it. The procedure is named by catalog id or by code
 * ("TFESI-LS"); programId is needed only by a trainee in more than one program; version only when
 * correcting an entry.
 */
public record LogRequest(
    Long programId,
    Long procedureTypeId,
    String procedureCode,
    LocalDate performedOn,
    Long supervisorId,
    TraineeRole role,
    ClinicalSetting setting,
    SpineRegion spineRegion,
    List<String> levels,
    Laterality laterality,
    Guidance guidance,
    AgeBand ageBand,
    PatientSex sex,
    String diagnosisCode,
    Set<Complication> complications,
    String note,
    Long version) {

  LogEntry toEntry(Long resolvedProcedureTypeId) {
    return new LogEntry(
        resolvedProcedureTypeId,
        performedOn,
        supervisorId,
        role,
        setting,
        spineRegion,
        levels,
        laterality,
        guidance,
        ageBand,
        sex,
        diagnosisCode,
        complications,
        note);
  }
}
