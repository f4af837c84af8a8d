package org.continuum.program.application;

import org.continuum.program.domain.ProgramKind;

public record NewProgram(
    String code, String name, ProgramKind kind, String specialty, int lengthYears) {}
