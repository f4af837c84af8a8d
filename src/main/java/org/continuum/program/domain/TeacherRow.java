package org.continuum.program.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** A faculty member teaching on a rotation, as lists show it. */
public record TeacherRow(
    long id,
    long version,
    long rotationId,
    String rotationCode,
    long facultyId,
    String facultyName,
    LocalDate startDate,
    LocalDate endDate)
    implements Serializable {}
