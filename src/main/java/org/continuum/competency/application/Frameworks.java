package org.continuum.competency.application;

import static org.continuum.audit.domain.AuditEventType.FRAMEWORK_ADOPTED;
import static org.continuum.audit.domain.AuditEventType.FRAMEWORK_DRAFTED;
import static org.continuum.audit.domain.AuditEventType.FRAMEWORK_EDITED;
import static org.continuum.audit.domain.AuditEventType.FRAMEWORK_PUBLISHED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuum.audit.application.AuditTrail;
import org.continuum.competency.domain.Framework;
import org.continuum.competency.domain.FrameworkRepository;
import org.continuum.competency.domain.ProgramFramework;
import org.continuum.competency.domain.Subcompetency;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.AggregateLocks;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Competency frameworks: everyone signed in reads them; a program director chooses the version the
 * program uses, starts the next version of it as a draft, edits and publishes that draft. Drafts of
 * institution-wide frameworks (no owning program) are the administrator's.
 */
@ApplicationScoped
@Transactional
public class Frameworks {

  static final String SUBJECT = "framework";

  @Inject AggregateLocks locks;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject FrameworkRepository frameworks;
  @Inject AuditTrail audit;

  public List<FrameworkSummary> list() {
    access.requireSignedIn();
    return frameworks.all().stream().map(FrameworkSummary::of).toList();
  }

  public FrameworkView get(long id) {
    access.requireSignedIn();
    return FrameworkView.of(find(id));
  }

  /** The framework the program evaluates against, if it has chosen one. */
  public Optional<FrameworkView> ofProgram(long programId) {
    access.requireInProgram(programId, Role.values());
    return frameworks.ofProgram(programId).map(pf -> FrameworkView.of(pf.getFramework()));
  }

  /**
   * The subcompetency codes of the program's framework, for other contexts' checks (curricula map
   * objectives to them). No access check: the caller has made its own.
   */
  public Set<String> codesOf(long programId) {
    return frameworks
        .ofProgram(programId)
        .map(
            pf ->
                pf.getFramework().getSubcompetencies().stream()
                    .map(Subcompetency::getCode)
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  /** The id of the framework version the program uses now; the caller checks access. */
  public Optional<Long> frameworkIdOf(long programId) {
    return frameworks.ofProgram(programId).map(pf -> pf.getFramework().getId());
  }

  /**
   * A framework version's subcompetencies by code, for other contexts (evaluation items show the
   * words of the version they were written against); the caller checks access.
   */
  public Map<String, SubcompetencyView> subcompetenciesOf(long frameworkId) {
    Map<String, SubcompetencyView> byCode = new LinkedHashMap<>();
    frameworks
        .findById(frameworkId)
        .ifPresent(
            f ->
                f.getSubcompetencies()
                    .forEach(s -> byCode.put(s.getCode(), SubcompetencyView.of(s))));
    return byCode;
  }

  /** One subcompetency, for other contexts (evaluation items); the caller checks access. */
  public Optional<SubcompetencyView> subcompetency(long id) {
    return frameworks.subcompetency(id).map(SubcompetencyView::of);
  }

  /** The program uses this published version from now on. */
  public FrameworkView adopt(long programId, long frameworkId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    Framework chosen = find(frameworkId);
    Optional<ProgramFramework> current = frameworks.ofProgram(programId);
    if (current.isPresent()) {
      current.get().adopt(chosen);
    } else {
      frameworks.add(new ProgramFramework(programId, chosen));
    }
    audit.record(FRAMEWORK_ADOPTED, SUBJECT, frameworkId, programId, label(chosen));
    return FrameworkView.of(chosen);
  }

  /**
   * Starts the next version of a published framework as a draft the program's director edits. Only
   * one next version can exist: a second director starting the same one is told so.
   */
  public FrameworkView startNextVersion(long programId, long frameworkId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    Framework base = find(frameworkId);
    Framework latest = frameworks.latest(base.getCode()).orElse(base);
    if (latest.getFrameworkVersion() != base.getFrameworkVersion()) {
      throw new RuleViolationException(
          Wording.of(
              "frameworks.versionAlreadyExistsStart",
              latest.getFrameworkVersion(),
              base.getCode(),
              (latest.isDraft() ? " as a draft" : "")));
    }
    Framework draft = base.nextDraft(programId);
    frameworks.add(draft);
    frameworks.flush();
    audit.record(FRAMEWORK_DRAFTED, SUBJECT, draft.getId(), programId, label(draft));
    return FrameworkView.of(draft);
  }

  public FrameworkView describe(
      long frameworkId, long expectedVersion, String name, String specialty, String description) {
    Framework draft = editable(frameworkId, expectedVersion);
    draft.describe(name, specialty, description);
    return saved(draft, "details");
  }

  /** Adds (no id) or changes a subcompetency of a draft. */
  public FrameworkView saveSubcompetency(
      long frameworkId, long expectedVersion, SubcompetencyForm form) {
    Framework draft = editable(frameworkId, expectedVersion);
    if (form.id() == null) {
      draft.addSubcompetency(form.code(), form.competency(), form.title(), form.levels());
    } else {
      draft.reviseSubcompetency(
          form.id(), form.code(), form.competency(), form.title(), form.levels());
    }
    return saved(draft, form.code());
  }

  public FrameworkView removeSubcompetency(
      long frameworkId, long expectedVersion, long subcompetencyId) {
    Framework draft = editable(frameworkId, expectedVersion);
    draft.removeSubcompetency(subcompetencyId);
    return saved(draft, "removed a subcompetency");
  }

  public FrameworkView publish(long frameworkId, long expectedVersion) {
    Framework draft = editable(frameworkId, expectedVersion);
    draft.publish(clock.instant());
    frameworks.flush();
    audit.record(
        FRAMEWORK_PUBLISHED, SUBJECT, frameworkId, draft.getOwnerProgramId(), label(draft));
    return FrameworkView.of(draft);
  }

  /** Whether the caller may edit this framework's draft. */
  public boolean mayEdit(FrameworkView framework) {
    return framework.draft()
        && (framework.ownerProgramId() == null
            ? access.isAdmin()
            : access.holdsInProgram(framework.ownerProgramId(), Role.PROGRAM_DIRECTOR));
  }

  private FrameworkView saved(Framework draft, String what) {
    frameworks.flush(); // the answer carries the new version
    audit.record(FRAMEWORK_EDITED, SUBJECT, draft.getId(), draft.getOwnerProgramId(), what);
    return FrameworkView.of(draft);
  }

  private Framework editable(long frameworkId, long expectedVersion) {
    Framework framework = find(frameworkId);
    boolean allowed =
        framework.getOwnerProgramId() == null
            ? access.isAdmin()
            : access.holdsInProgram(framework.getOwnerProgramId(), Role.PROGRAM_DIRECTOR);
    if (!allowed) {
      throw new AccessDeniedException();
    }
    framework.requireVersion(expectedVersion);
    locks.lockForChange(framework);
    return framework;
  }

  private Framework find(long id) {
    access.requireSignedIn();
    return frameworks
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("frameworks.framework")));
  }

  private static String label(Framework f) {
    return f.getCode() + " v" + f.getFrameworkVersion();
  }
}
