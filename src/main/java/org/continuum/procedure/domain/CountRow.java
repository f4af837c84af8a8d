package org.continuum.procedure.domain;

/** How many entries one trainee has of one procedure, in one role and status. */
public record CountRow(
    long traineeId, long procedureTypeId, TraineeRole role, LogStatus status, long count) {}
