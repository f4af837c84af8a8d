package org.continuum.program.application;

import static org.continuum.audit.domain.AuditEventType.PROGRAM_CREATED;
import static org.continuum.audit.domain.AuditEventType.PROGRAM_UPDATED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/** The administrator sets up the institution's programs. */
@ApplicationScoped
@Transactional
public class ProgramAdministration {

  static final String SUBJECT = "program";

  @Inject AccessPolicy access;
  @Inject ProgramRepository programs;
  @Inject AuditTrail audit;

  public Page<ProgramView> list(PageRequest request) {
    access.requireAdmin();
    return programs.list(request).map(ProgramView::of);
  }

  public ProgramView create(NewProgram request) {
    access.requireAdmin();
    Program program =
        new Program(
            request.code(),
            request.name(),
            request.kind(),
            request.specialty(),
            request.lengthYears());
    programs
        .findByCode(program.getCode())
        .ifPresent(
            existing -> {
              throw new InvalidInputException(
                  "code",
                  Wording.of(
                      "programAdministration.codeAlreadyUsed",
                      existing.getCode(),
                      existing.getName()));
            });
    programs.add(program);
    audit.record(PROGRAM_CREATED, SUBJECT, program.getId(), program.getId(), program.getCode());
    return ProgramView.of(program);
  }

  public ProgramView update(
      long id, long expectedVersion, String name, String specialty, int lengthYears) {
    access.requireAdmin();
    Program program = find(id);
    program.requireVersion(expectedVersion);
    program.describe(name, specialty, lengthYears);
    audit.record(PROGRAM_UPDATED, SUBJECT, id, id, "name, specialty, length");
    return ProgramView.of(program);
  }

  public ProgramView setActive(long id, long expectedVersion, boolean active) {
    access.requireAdmin();
    Program program = find(id);
    program.requireVersion(expectedVersion);
    if (active) {
      program.activate();
    } else {
      program.deactivate();
    }
    audit.record(PROGRAM_UPDATED, SUBJECT, id, id, active ? "activated" : "deactivated");
    return ProgramView.of(program);
  }

  /**
   * The program director (or an administrator) decides whether entries imported as verified in a
   * previous system count toward the program's minimums.
   */
  public ProgramView countImportedLogs(long id, long expectedVersion, boolean counts) {
    access.requireInProgram(id, Role.PROGRAM_DIRECTOR);
    Program program = find(id);
    program.requireVersion(expectedVersion);
    program.countImportedLogs(counts);
    audit.record(
        PROGRAM_UPDATED,
        SUBJECT,
        id,
        id,
        counts ? "imported entries count toward minimums" : "imported entries do not count");
    return ProgramView.of(program);
  }

  public Optional<ProgramView> findByCode(String code) {
    access.requireAdmin();
    return programs.findByCode(code).map(ProgramView::of);
  }

  /** The program with this code, for seed files: an unknown code is named as the field's error. */
  public ProgramView requireByCode(String field, String code) {
    return findByCode(code == null ? "" : code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, Wording.of("programAdministration.programKnown", code)));
  }

  private Program find(long id) {
    return programs
        .findById(id)
        .orElseThrow(
            () -> new RecordNotFoundException(Wording.of("programAdministration.program")));
  }
}
