package org.continuum.procedure.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a trainee fills in for one procedure, before it is checked against the procedure's needs.
 * Fields a procedure does not ask for are ignored.
 */
public record LogEntry(
    Long procedureTypeId,
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
    String note) {}
