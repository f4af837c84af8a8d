package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.procedure.application.ProgramCodingReader.ProgramCoding;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
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
  @Inject ProgramCodingReader reader;

  private volatile CodingRuleBook current;

  /**
   * Programs' own rule sets by key ("program-12:2"), parsed once: a published version never
   * changes, so a parsed one is never stale; which version is in force is kept as below.
   */
  private final Map<String, CodingRuleBook> programSets = new ConcurrentHashMap<>();

  /** How long what a program codes by is kept before it is read again: thirty seconds. */
  private static final long KEPT_NANOS = 30_000_000_000L;

  private final Map<Long, Kept> byProgram = new ConcurrentHashMap<>();

  /** Counts the changes this server saw, so a read that raced one is not kept. */
  private final AtomicLong generation = new AtomicLong();

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
    return rulesOf(programId, programCoding(programId));
  }

  private CodingRuleBook rulesOf(long programId, ProgramCoding coding) {
    Integer own = coding.ownVersion();
    return own == null ? current() : book(RuleCorrection.setIdOf(programId), own);
  }

  /** A published version of a program's rules, parsed once: it never changes. */
  CodingRuleBook book(String setId, int version) {
    return programSets.computeIfAbsent(
        setId + ":" + version, key -> sets.find(setId, version).orElseThrow().parse());
  }

  /**
   * What the program codes and records by: kept a short while, and dropped when a change commits on
   * this server, so a log write does not read it again each time; on a server that did not make the
   * change it is current again within {@link #KEPT_NANOS}.
   */
  private ProgramCoding programCoding(long programId) {
    long now = System.nanoTime();
    long seen = generation.get();
    Kept kept = byProgram.get(programId);
    if (kept != null && kept.generation() == seen && now - kept.readAt() < KEPT_NANOS) {
      return kept.coding();
    }
    ProgramCoding coding = reader.read(programId);
    // kept only if no change committed on this server while it was read; a copy from before a
    // change, stored after it, would not match the new generation and is never used
    byProgram.put(programId, new Kept(coding, now, seen));
    return coding;
  }

  private record Kept(ProgramCoding coding, long readAt, long generation) {}

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
    ProgramCoding coding = programCoding(programId);
    return new LogChecks(
        guards.guard(),
        rulesOf(programId, coding),
        diagnoses.current(),
        coding.fluoroscopy(),
        false);
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodingRulesChanged change) {
    current = null;
    forget();
  }

  void invalidate(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CaseLogSettingsChanged change) {
    forget();
  }

  private void forget() {
    generation.incrementAndGet();
    byProgram.clear();
  }
}
