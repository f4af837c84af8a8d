package org.continuum.program.domain;

import java.time.LocalDate;
import java.util.List;

/** A block of the schedule that has ended, with the faculty who taught on it during the block. */
public record EndedBlock(
    long assignmentId,
    long programId,
    long traineeId,
    long rotationId,
    String rotationName,
    LocalDate startDate,
    LocalDate endDate,
    List<Long> teacherIds) {}
