package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.LogChecks;
import org.continuum.procedure.domain.RuleCorrection;
import org.continuum.shared.application.IdentifierGuards;

/**
 * The coding rules in force: the latest loaded version of the bundled set, parsed once and held in
 * memory until a new version commits, or a program's own correction of it. Every path that logs or
 * corrects an entry codes it with these, through {@link #checks(long)}.
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

  /**
   * Programs' own rule sets by key ("program-12:2"), parsed once: a published version never
   * changes, so a cached one is never stale, and which version is in force is read each time.
   */
  private final Map<String, CodingRuleBook> programSets = new ConcurrentHashMap<>();

  @Transactional
  public CodingRuleBook current() {
    CodingRuleBook book = current;
    if (book == null) {
      book = sets.latest(CORE).map(s -> s.parse()).orElseGet(CodingRuleBook::none);
      current = book;
    }
    return book;
  }

  /** The rules a program's new and corrected entries are coded by: its own, or the bundled ones. */
  @Transactional
  public CodingRuleBook forProgram(long programId) {
    String setId = RuleCorrection.setIdOf(programId);
    return sets.latestVersion(setId)
        .map(
            version ->
                programSets.computeIfAbsent(
                    setId + ":" + version, key -> sets.find(setId, version).orElseThrow().parse()))
        .orElseGet(this::current);
  }

  /** The text of the rules in force for a program, to correct them. */
  @Transactional
  public Optional<CodingRuleSet> ownSet(long programId) {
    return sets.latest(RuleCorrection.setIdOf(programId));
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
    return new LogChecks(guards.guard(), forProgram(programId), diagnoses.current(), fluoroscopy);
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodingRulesChanged change) {
    current = null;
  }
}
