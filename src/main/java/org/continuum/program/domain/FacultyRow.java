package org.continuum.program.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One faculty appointment in a program, with the person's name. */
public record FacultyRow(
    long appointmentId,
    long version,
    long facultyId,
    String displayName,
    String username,
    String email,
    String title,
    LocalDate startDate,
    LocalDate endDate)
    implements Serializable {}
