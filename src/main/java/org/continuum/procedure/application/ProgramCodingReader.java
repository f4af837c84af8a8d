package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.RuleCorrection;

/**
 * Reads what a program codes and records by, for {@link CodingRules} to keep. The datasource reads
 * committed data (READ_COMMITTED), so each statement sees what is committed when it runs.
 */
@ApplicationScoped
public class ProgramCodingReader {

  @Inject CodingRuleSetRepository sets;
  @Inject CaseLogSettingsRepository settings;

  /** Whether the program records fluoroscopy readings, and its own rule set's latest version. */
  @Transactional
  public ProgramCoding read(long programId) {
    return new ProgramCoding(
        settings
            .forProgram(programId)
            .map(CaseLogSettings::getFluoroscopy)
            .orElse(FluoroscopyRecording.NOT_ASKED),
        sets.latestVersion(RuleCorrection.setIdOf(programId)).orElse(null));
  }

  /** ownVersion: null while the program codes by the bundled rules. */
  public record ProgramCoding(FluoroscopyRecording fluoroscopy, Integer ownVersion) {}
}
