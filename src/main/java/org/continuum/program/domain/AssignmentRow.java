package org.continuum.program.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One block of the schedule as lists show it. */
public record AssignmentRow(
    long id,
    long version,
    long traineeId,
    String traineeName,
    long rotationId,
    String rotationCode,
    String rotationName,
    LocalDate startDate,
    LocalDate endDate)
    implements Serializable {}
