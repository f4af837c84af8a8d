package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ModuleDocument;
import org.continuum.learning.domain.ModuleFormat;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;

/**
 * The module library: bundled modules (no owner) loaded at start-up, and each program's own,
 * uploaded by its director. Loading is idempotent by code and version; a changed file must carry a
 * higher version, and earlier versions stay as they were for the attempts made on them.
 */
@ApplicationScoped
@Transactional
public class ModuleLibrary {

  static final String SUBJECT = "case-module";

  @Inject AccessPolicy access;
  @Inject ModuleRepository modules;
  @Inject ModuleDocuments documents;
  @Inject AuditTrail audit;
  @Inject IdentifierGuards guards;

  /** Loads a bundled or administrator's file into the shared library. */
  public LoadResult loadIntoLibrary(String text) {
    access.requireAdmin();
    return load(text, null);
  }

  /** A program director's own module file; problems come back one per line of the file. */
  public LoadResult upload(long programId, String text) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    return load(text, programId);
  }

  /** The latest version of each module the program's people may see. */
  public List<ModuleSummary> availableTo(long programId) {
    access.requireInProgram(
        programId,
        Role.RESIDENT,
        Role.FELLOW,
        Role.PROGRAM_DIRECTOR,
        Role.CCC_MEMBER,
        Role.COORDINATOR,
        Role.FACULTY);
    return modules.latestAvailableTo(programId).stream().map(ModuleSummary::of).toList();
  }

  /** The module file, for a director to adapt and upload as their program's own. */
  public String source(long programId, long moduleId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    return available(programId, moduleId).getSource();
  }

  CaseModule available(long programId, long moduleId) {
    return modules
        .module(moduleId)
        .filter(m -> m.isAvailableTo(programId))
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("moduleLibrary.module")));
  }

  ModuleDocument document(CaseModule module) {
    return documents.of(module);
  }

  private LoadResult load(String text, Long owner) {
    ModuleDocument document = ModuleFormat.parse(text);
    document.requireNoPatientIdentifiers(guards.guard());
    String hash = Sha256.hex(text);
    var same = modules.module(document.code(), document.version());
    if (same.isPresent()) {
      if (!same.get().getContentHash().equals(hash)) {
        throw new RuleViolationException(
            Wording.of(
                "moduleLibrary.versionAlreadyLoadedDifferent",
                document.version(),
                document.code()));
      }
      return new LoadResult(
          same.get().getId(),
          document.code(),
          document.version(),
          false,
          document.code() + " version " + document.version() + " is already loaded.");
    }
    List<CaseModule> earlier =
        modules.latestOfAll().stream().filter(m -> m.getCode().equals(document.code())).toList();
    for (CaseModule m : earlier) {
      if (!Objects.equals(m.getOwnerProgramId(), owner)) {
        throw new RuleViolationException(
            Wording.of(
                "moduleLibrary.idBelongsGiveModule",
                document.code(),
                (m.getOwnerProgramId() == null ? "a library module" : "another program's module")));
      }
      if (m.getModuleVersion() > document.version()) {
        throw new RuleViolationException(
            Wording.of(
                "moduleLibrary.versionLoadedAlreadyNew", m.getModuleVersion(), document.code()));
      }
    }
    CaseModule module = CaseModule.of(document, text, hash, owner);
    modules.add(module);
    modules.flush();
    audit.record(
        AuditEventType.CASE_MODULE_LOADED,
        SUBJECT,
        module.getId(),
        owner,
        document.code() + " version " + document.version());
    return new LoadResult(
        module.getId(),
        document.code(),
        document.version(),
        true,
        document.code() + " version " + document.version() + " loaded.");
  }
}
