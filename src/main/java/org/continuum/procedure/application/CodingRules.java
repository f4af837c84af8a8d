package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.LogChecks;
import org.continuum.shared.application.IdentifierGuards;

/**
 * The coding rules in force: the latest loaded version of the bundled set, parsed once and held in
 * memory until a new version commits. Every path that logs or corrects an entry codes it with
 * these, through {@link #checks(long)}.
 */
@ApplicationScoped
public class CodingRules {

  /** The rule set bundled in seed-content/coding/. */
  public static final String CORE = "core";

  @Inject CodingRuleSetRepository sets;
  @Inject IdentifierGuards guards;
  @Inject DiagnosisCatalog diagnoses;
  @Inject CaseLogSettingsRepository settings;

  private volatile CodingRuleBook current;

  @Transactional
  public CodingRuleBook current() {
    CodingRuleBook book = current;
    if (book == null) {
      book = sets.latest(CORE).map(s -> s.parse()).orElseGet(CodingRuleBook::none);
      current = book;
    }
    return book;
  }

  /**
   * What a new or corrected entry of the program is checked and coded by: the diagnosis list, the
   * rules and what the program records beyond every program.
   */
  @Transactional
  public LogChecks checks(long programId) {
    FluoroscopyRecording fluoroscopy =
        settings
            .forProgram(programId)
            .map(CaseLogSettings::getFluoroscopy)
            .orElse(FluoroscopyRecording.NOT_ASKED);
    return new LogChecks(guards.guard(), current(), diagnoses.current(), fluoroscopy);
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodingRulesChanged change) {
    current = null;
  }
}
