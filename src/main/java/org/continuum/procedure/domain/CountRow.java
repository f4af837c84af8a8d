package org.continuum.procedure.domain;

/**
 * How many entries one trainee has of one procedure with one primary code (empty for an entry not
 * coded), in one role and status.
 */
public record CountRow(
    long traineeId,
    long procedureTypeId,
    String primaryCode,
    TraineeRole role,
    LogStatus status,
    long count) {}
