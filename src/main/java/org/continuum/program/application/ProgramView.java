package org.continuum.program.application;

import java.io.Serializable;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramKind;

public record ProgramView(
    long id,
    long version,
    String code,
    String name,
    ProgramKind kind,
    String specialty,
    int lengthYears,
    boolean active,
    boolean countsImportedLogs)
    implements Serializable {

  public static ProgramView of(Program p) {
    return new ProgramView(
        p.getId(),
        p.getVersion(),
        p.getCode(),
        p.getName(),
        p.getKind(),
        p.getSpecialty(),
        p.getLengthYears(),
        p.isActive(),
        p.countsImportedLogs());
  }
}
