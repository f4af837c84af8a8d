package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.learning.domain.ModuleRequirement;
import org.continuum.learning.domain.ModuleResultRow;
import org.continuum.learning.domain.ModuleStanding;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.RotationView;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * The modules a program requires (part of its standards), set by the director, and where each
 * trainee stands on them: passed, in progress, not started or overdue.
 */
@ApplicationScoped
@Transactional
public class ModuleRequirements {

  static final String SUBJECT = "module-requirement";

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject ModuleRepository modules;
  @Inject Curriculum curriculum;
  @Inject Enrollments enrollments;
  @Inject AuditTrail audit;

  public List<RequirementView> list(long programId) {
    access.requireInProgram(programId, Role.values());
    Map<String, CaseModule> byCode = latestByCode(programId);
    Map<Long, String> rotations = rotationNames(programId);
    return modules.requirements(programId).stream()
        .map(
            r ->
                new RequirementView(
                    r.getId(),
                    r.getVersion(),
                    r.getModuleCode(),
                    title(byCode, r.getModuleCode()),
                    r.getByPgy(),
                    r.getRotationId(),
                    when(r, rotations)))
        .toList();
  }

  /** Requires a module by a PGY, during a rotation, or (neither) by graduation. */
  public RequirementView add(long programId, String moduleCode, Integer byPgy, Long rotationId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    if (moduleCode == null || !latestByCode(programId).containsKey(moduleCode)) {
      throw new InvalidInputException(
          "moduleCode", Wording.of("moduleRequirements.chooseModuleProgramsTrainees"));
    }
    if (rotationId != null && !rotationNames(programId).containsKey(rotationId)) {
      throw new InvalidInputException(
          "rotationId", Wording.of("moduleRequirements.chooseOneProgramsRotations"));
    }
    if (modules.requirements(programId).stream()
        .anyMatch(r -> r.getModuleCode().equals(moduleCode))) {
      throw new InvalidInputException(
          "moduleCode", Wording.of("moduleRequirements.moduleRequiredAlreadyRemove"));
    }
    ModuleRequirement requirement = ModuleRequirement.of(programId, moduleCode, byPgy, rotationId);
    modules.add(requirement);
    modules.flush();
    audit.record(
        AuditEventType.MODULE_REQUIREMENT_SET, SUBJECT, requirement.getId(), programId, moduleCode);
    return list(programId).stream()
        .filter(v -> v.id() == requirement.getId())
        .findFirst()
        .orElseThrow();
  }

  public void remove(long programId, long requirementId, long expectedVersion) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    ModuleRequirement requirement =
        modules
            .requirement(requirementId)
            .filter(r -> r.getProgramId() == programId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("moduleRequirements.requirement")));
    requirement.requireVersion(expectedVersion);
    modules.remove(requirement);
    audit.record(
        AuditEventType.MODULE_REQUIREMENT_REMOVED,
        SUBJECT,
        requirementId,
        programId,
        requirement.getModuleCode());
  }

  /**
   * Where a trainee stands on each required module (the trainee, their leadership and coordinator).
   */
  public List<RequirementStatus> statusOf(long programId, long traineeId) {
    access.requireTraineeProgressReadable(programId, traineeId);
    TraineeEnrollmentView enrollment =
        enrollments
            .enrollmentOf(programId, traineeId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("moduleRequirements.trainee")));
    return new Standings(programId, List.of(traineeId), curriculum.blocksOf(programId, traineeId))
        .of(traineeId, enrollment.pgy(), enrollment.expectedGraduation());
  }

  /**
   * Every listed trainee's standing on the required modules, for the director's overview: one query
   * for results and one for the program's blocks, whatever the cohort's size.
   */
  public Map<Long, List<RequirementStatus>> statusOfAll(long programId, List<RosterRow> trainees) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    LocalDate from =
        trainees.stream().map(RosterRow::startDate).min(LocalDate::compareTo).orElse(time.today());
    LocalDate to =
        trainees.stream()
            .map(RosterRow::expectedGraduation)
            .max(LocalDate::compareTo)
            .orElse(time.today());
    Standings standings =
        new Standings(
            programId,
            trainees.stream().map(RosterRow::traineeId).toList(),
            curriculum.schedule(programId, from, to.isBefore(from) ? from : to));
    Map<Long, List<RequirementStatus>> all = new HashMap<>();
    for (RosterRow t : trainees) {
      all.put(t.traineeId(), standings.of(t.traineeId(), t.pgy(), t.expectedGraduation()));
    }
    return all;
  }

  /** What the standings of a cohort need, read once. */
  private final class Standings {
    private final List<ModuleRequirement> required;
    private final Map<String, CaseModule> byCode;
    private final Map<Long, String> rotations;
    private final Map<Long, Map<String, ModuleResultRow>> results = new HashMap<>();
    private final Map<Long, Map<Long, LocalDate>> firstBlockEnd = new HashMap<>();
    private final LocalDate today = time.today();

    Standings(long programId, List<Long> traineeIds, List<AssignmentRow> blocks) {
      required = modules.requirements(programId);
      byCode = latestByCode(programId);
      rotations = rotationNames(programId);
      for (ModuleResultRow r : modules.bestResults(programId, traineeIds)) {
        results.computeIfAbsent(r.traineeId(), k -> new HashMap<>()).put(r.moduleCode(), r);
      }
      blocks.stream()
          .sorted((a, b) -> a.startDate().compareTo(b.startDate()))
          .forEach(
              b ->
                  firstBlockEnd
                      .computeIfAbsent(b.traineeId(), k -> new HashMap<>())
                      .putIfAbsent(b.rotationId(), b.endDate()));
    }

    List<RequirementStatus> of(long traineeId, Integer pgy, LocalDate graduation) {
      List<RequirementStatus> statuses = new ArrayList<>();
      for (ModuleRequirement r : required) {
        ModuleResultRow result = results.getOrDefault(traineeId, Map.of()).get(r.getModuleCode());
        ModuleStanding standing = ModuleStanding.of(result);
        LocalDate due =
            r.dueFor(
                pgy,
                enrollments.currentAcademicYear(),
                graduation,
                r.getRotationId() == null
                    ? null
                    : firstBlockEnd.getOrDefault(traineeId, Map.of()).get(r.getRotationId()));
        CaseModule module = byCode.get(r.getModuleCode());
        statuses.add(
            new RequirementStatus(
                r.getModuleCode(),
                title(byCode, r.getModuleCode()),
                module == null ? null : module.getId(),
                when(r, rotations),
                due,
                standing,
                result == null ? null : result.bestScore(),
                standing != ModuleStanding.PASSED && due != null && due.isBefore(today)));
      }
      return statuses;
    }
  }

  private Map<String, CaseModule> latestByCode(long programId) {
    Map<String, CaseModule> byCode = new HashMap<>();
    modules.latestAvailableTo(programId).forEach(m -> byCode.put(m.getCode(), m));
    return byCode;
  }

  private Map<Long, String> rotationNames(long programId) {
    Map<Long, String> names = new HashMap<>();
    for (RotationView r : curriculum.rotations(programId)) {
      names.put(r.id(), r.name());
    }
    return names;
  }

  private static String title(Map<String, CaseModule> byCode, String code) {
    CaseModule m = byCode.get(code);
    return m == null ? code + " (no longer available)" : m.getTitle();
  }

  private static String when(ModuleRequirement r, Map<Long, String> rotations) {
    if (r.getRotationId() != null) {
      return "during " + rotations.getOrDefault(r.getRotationId(), "a rotation");
    }
    return r.getByPgy() != null ? "by the end of PGY-" + r.getByPgy() : "by graduation";
  }
}
