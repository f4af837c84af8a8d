package org.continuum.program.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One trainee on a program's roster, with the PGY of the academic year being viewed. */
public record RosterRow(
    long enrollmentId,
    long version,
    long traineeId,
    String displayName,
    String username,
    String email,
    Integer pgy,
    LocalDate startDate,
    LocalDate expectedGraduation,
    EnrollmentStatus status)
    implements Serializable {}
