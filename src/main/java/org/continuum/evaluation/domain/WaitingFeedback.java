package org.continuum.evaluation.domain;

/** The responses not yet released about one rotation and faculty member in one academic year. */
public record WaitingFeedback(
    long programId, int academicYear, Long rotationId, Long aboutFacultyId, long responses) {}
