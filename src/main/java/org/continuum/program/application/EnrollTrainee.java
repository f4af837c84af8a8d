package org.continuum.program.application;

import java.time.LocalDate;

public record EnrollTrainee(
    Long traineeId, LocalDate startDate, LocalDate expectedGraduation, Integer pgyAtStart) {}
