package org.continuum.procedure.domain;

import java.time.LocalDate;

/**
 * A trainee's time in the program as pace needs it: start and expected graduation, and the PGY and
 * bounds of the academic year that contains today (PGY may be null when not set).
 */
public record TrainingPeriod(
    LocalDate start,
    LocalDate expectedGraduation,
    Integer currentPgy,
    LocalDate yearStart,
    LocalDate yearEnd) {}
