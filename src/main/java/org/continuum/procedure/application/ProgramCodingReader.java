package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.RuleCorrection;

/**
 * Reads what a program codes and records by, for {@link CodingRules} to keep: in a transaction of
 * its own, so what it reads is what is committed now, never an older snapshot of the caller's.
 */
@ApplicationScoped
public class ProgramCodingReader {

  @Inject CodingRuleSetRepository sets;
  @Inject CaseLogSettingsRepository settings;

  /** Whether the program records fluoroscopy readings, and its own rule set's latest version. */
  @Transactional(TxType.REQUIRES_NEW)
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
