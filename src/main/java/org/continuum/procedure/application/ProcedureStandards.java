package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_MINIMUM_REMOVED;
import static org.continuum.audit.domain.AuditEventType.PROCEDURE_MINIMUM_SAVED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureCategory;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.ProcedureMinimumRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/** A program's procedure minimums: read by everyone in the program, set by its director. */
@ApplicationScoped
@Transactional
public class ProcedureStandards {

  static final String SUBJECT = "procedure-minimum";

  @Inject AccessPolicy access;
  @Inject ProcedureMinimumRepository minimums;
  @Inject ProcedureCatalogRepository catalog;
  @Inject AuditTrail audit;

  public List<MinimumView> list(long programId) {
    access.requireInProgram(programId, Role.values());
    return minimums.ofProgram(programId).stream().map(MinimumView::of).toList();
  }

  /** Creates a minimum (no id) or changes one (id and the version that was shown). */
  public MinimumView save(long programId, MinimumForm form) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    ProcedureMinimum minimum;
    if (form.id() == null) {
      minimum = new ProcedureMinimum(programId);
    } else {
      minimum = find(programId, form.id());
      minimum.requireVersion(form.version() == null ? -1 : form.version());
    }
    ProcedureCategory category =
        form.categoryId() == null
            ? null
            : catalog
                .findCategory(form.categoryId())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "target", Wording.of("procedureStandards.chooseCategoryList")));
    ProcedureType type =
        form.procedureTypeId() == null
            ? null
            : catalog
                .findType(form.procedureTypeId())
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "target", Wording.of("procedureStandards.chooseProcedureList")));
    minimum.define(
        form.label(),
        category,
        type,
        form.cptCodes(),
        form.requiredCount() == null ? 0 : form.requiredCount(),
        form.countedRoles(),
        form.interimTargets(),
        form.displayOrder() == null ? 0 : form.displayOrder());
    if (form.id() == null) {
      minimums.add(minimum);
    }
    audit.record(PROCEDURE_MINIMUM_SAVED, SUBJECT, minimum.getId(), programId, minimum.getLabel());
    return MinimumView.of(minimum);
  }

  public void remove(long programId, long id, long expectedVersion) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    ProcedureMinimum minimum = find(programId, id);
    minimum.requireVersion(expectedVersion);
    minimums.remove(minimum);
    audit.record(PROCEDURE_MINIMUM_REMOVED, SUBJECT, id, programId, minimum.getLabel());
  }

  private ProcedureMinimum find(long programId, long id) {
    return minimums
        .findById(id)
        .filter(m -> m.getProgramId() == programId)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("procedureStandards.minimum")));
  }
}
