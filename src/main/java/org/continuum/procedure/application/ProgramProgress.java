package org.continuum.procedure.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A trainee's standing against every minimum of one program. */
public record ProgramProgress(
    long programId,
    String programName,
    long traineeId,
    Integer pgy,
    LocalDate startDate,
    LocalDate expectedGraduation,
    List<ProgressLine> lines)
    implements Serializable {}
