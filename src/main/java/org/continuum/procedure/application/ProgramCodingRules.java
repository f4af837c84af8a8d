package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.CODING_RULES_PUBLISHED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.RuleCorrection;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * A program director sees the coding rules the program's entries are coded by and corrects those of
 * one procedure at a time. A correction is checked first and published with a reason as the
 * program's next rule set version; it codes entries logged or corrected from then on and rewrites
 * none: every entry keeps the codes and the rule key it was coded with.
 */
@ApplicationScoped
@Transactional
public class ProgramCodingRules {

  static final String SUBJECT = "CodingRuleSet";

  @Inject AccessPolicy access;
  @Inject CodingRules coding;
  @Inject CodingRuleSetRepository sets;
  @Inject ProcedureCatalogRepository catalog;
  @Inject IdentifierGuards guards;
  @Inject AuditTrail audit;
  @Inject PeopleDirectory people;
  @Inject ProgramRulesCarrier carrier;
  @Inject Event<CodingRulesChanged> changed;

  /** The rules in force for the program and one procedure's rows in them and in the bundled set. */
  public ProcedureRules view(long programId, String procedureCode) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    ProcedureType type = type(procedureCode);
    Optional<CodingRuleSet> own = coding.ownSet(programId);
    String inForce = own.map(CodingRuleSet::getSource).orElseGet(this::bundledSource);
    return new ProcedureRules(
        own.map(CodingRuleSet::key).orElseGet(() -> coding.current().key()),
        own.isPresent(),
        own.map(CodingRuleSet::getCreatedAt).orElse(null),
        own.map(CodingRuleSet::getCreatedBy).map(people::displayNameOf).orElse(null),
        coding.current().key(),
        type.getCode(),
        type.getName(),
        RuleCorrection.rowsOf(inForce, type.getCode()),
        RuleCorrection.rowsOf(bundledSource(), type.getCode()),
        coverageProblems(own.map(CodingRuleSet::parse).orElseGet(coding::current), own.isPresent()),
        own.map(this::carryProblems).orElse(List.of()));
  }

  /**
   * Why the program's rules were not carried onto the latest bundled rules when they loaded (a
   * corrected procedure's rows no longer fit them); empty when they were.
   */
  private List<String> carryProblems(CodingRuleSet own) {
    try {
      carrier.carry(own, own.getSetVersion() + 1, null);
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::message).toList();
    }
  }

  /**
   * What the rules in force fail to code in the catalog as it is now: a newer catalog version may
   * add a procedure or a choice the rules were never checked against. Empty when they cover it.
   */
  private List<String> coverageProblems(CodingRuleBook book, boolean own) {
    try {
      if (own) {
        book.checkCoverage(catalog.types());
      } else {
        book.check(catalog.types());
      }
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(FieldError::message).toList();
    }
  }

  /**
   * Checks a correction of a procedure's rows without publishing it: the rule count it would have,
   * or every problem, each naming its row.
   */
  public int check(long programId, String procedureCode, String rows) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    screen(rows);
    return correction(programId, type(procedureCode), rows, 0).book().ruleCount();
  }

  /**
   * Publishes a correction as the program's next rule set, saying why. {@code basedOn} is the rule
   * key the director corrected ("core:1"); if another correction was published since, nothing is.
   */
  public ProcedureRules publish(
      long programId, String procedureCode, String rows, String reason, String basedOn) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    String why = Check.text("reason", Wording.of("label.reason"), reason, 3, 300);
    guards.guard().check("reason", Wording.of("label.reason2"), why);
    screen(rows);
    Optional<CodingRuleSet> own = coding.ownSet(programId);
    String inForce = own.map(CodingRuleSet::key).orElseGet(() -> coding.current().key());
    if (!inForce.equals(basedOn)) {
      CodingRuleSet latest = own.orElseThrow(() -> stale(basedOn, inForce));
      throw new ConcurrentEditException(latest.getCreatedBy(), latest.getCreatedAt());
    }
    ProcedureType type = type(procedureCode);
    String inForceRows =
        RuleCorrection.rowsOf(
            own.map(CodingRuleSet::getSource).orElseGet(this::bundledSource), type.getCode());
    if (RuleCorrection.rowsOf(rows == null ? "" : rows, type.getCode()).equals(inForceRows)) {
      throw new InvalidInputException(
          "rows", Wording.of("programCodingRules.theseRowsForceAlready"));
    }
    int version = own.map(s -> s.getSetVersion() + 1).orElse(1);
    RuleCorrection correction = correction(programId, type, rows, version);
    CodingRuleSet published = CodingRuleSet.of(correction.book(), correction.source());
    sets.add(published);
    changed.fire(new CodingRulesChanged(published.key()));
    audit.record(
        CODING_RULES_PUBLISHED,
        SUBJECT,
        published.getId(),
        programId,
        correction.book().key()
            + RuleCorrection.basedOn(correction.source()).map(b -> " (on " + b + ")").orElse("")
            + ", "
            + type.getCode()
            + ": "
            + why);
    return view(programId, procedureCode);
  }

  /** Rows carry words too (a refusal's message shown to trainees): never a patient identifier. */
  private void screen(String rows) {
    guards.guard().check("rows", Wording.of("label.correctedRows"), rows);
  }

  /**
   * The correction applied to the rules in force, carried first onto the latest bundled rules if
   * they were not when those loaded (the director's rows replace their procedure's). If other
   * procedures still do not fit, the correction is made on the rules in force as they are, so a
   * director is never stopped from correcting one procedure by another; the page keeps naming them.
   */
  private RuleCorrection correction(long programId, ProcedureType type, String rows, int version) {
    Optional<CodingRuleSet> own = coding.ownSet(programId);
    String inForce =
        own.flatMap(set -> carriedOrNot(set, version, type.getCode()))
            .map(RuleCorrection::source)
            .or(() -> own.map(CodingRuleSet::getSource))
            .orElseGet(this::bundledSource);
    return RuleCorrection.of(inForce, programId, version, type, rows, catalog.types());
  }

  private Optional<RuleCorrection> carriedOrNot(CodingRuleSet own, int version, String except) {
    try {
      return carrier.carry(own, version, except);
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private String bundledSource() {
    return sets.latest(CodingRules.CORE)
        .map(CodingRuleSet::getSource)
        .orElseThrow(
            () -> new RecordNotFoundException(Wording.of("programCodingRules.bundledCodingRules")));
  }

  private ProcedureType type(String procedureCode) {
    return catalog
        .findType(procedureCode == null ? "" : procedureCode)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "procedure", Wording.of("programCodingRules.chooseProcedureCatalog")));
  }

  private static InvalidInputException stale(String basedOn, String inForce) {
    return new InvalidInputException(
        "basedOn", Wording.of("programCodingRules.rulesForceReloadThem", inForce, basedOn));
  }
}
