package org.continuum.procedure.domain;

import java.util.Optional;

public interface CaseLogSettingsRepository {

  Optional<CaseLogSettings> forProgram(long programId);

  void add(CaseLogSettings settings);

  /** The program's settings to change: its row, or a new one added with the defaults. */
  default CaseLogSettings forChange(long programId) {
    return forProgram(programId)
        .orElseGet(
            () -> {
              CaseLogSettings created = new CaseLogSettings(programId);
              add(created);
              return created;
            });
  }

  /** Writes pending changes, so a new row has its id and a changed one its version. */
  void flush();
}
