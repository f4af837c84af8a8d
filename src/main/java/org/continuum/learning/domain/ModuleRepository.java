package org.continuum.learning.domain;

import java.util.List;
import java.util.Optional;

/** Module versions, attempts and retake rules. */
public interface ModuleRepository {

  Optional<CaseModule> module(long id);

  Optional<CaseModule> module(String code, int moduleVersion);

  /** The latest version of every module a program's trainees may take, by title. */
  List<CaseModule> latestAvailableTo(long programId);

  /**
   * The mapped subcompetencies of the latest version of each module a program's trainees may take,
   * without loading the modules' files: what reports need to place results.
   */
  List<ModuleObjectiveRow> objectivesAvailableTo(long programId);

  /** The latest version of every module in the library and every program's own, by title. */
  List<CaseModule> latestOfAll();

  void add(CaseModule module);

  Optional<ModuleAttempt> attempt(long id);

  /** A trainee's attempts at any version of a module, oldest first. */
  List<ModuleAttempt> attempts(long traineeId, String moduleCode);

  /** A trainee's attempts in a program, newest first. */
  List<ModuleAttempt> attemptsOf(long traineeId, long programId);

  void add(ModuleAttempt attempt);

  List<ModuleRequirement> requirements(long programId);

  Optional<ModuleRequirement> requirement(long id);

  void add(ModuleRequirement requirement);

  void remove(ModuleRequirement requirement);

  /**
   * Each module's best finished attempt per trainee of a program: one row per trainee and module
   * code, for requirement checks, the committee packet and analytics.
   */
  List<ModuleResultRow> bestResults(long programId, java.util.Collection<Long> traineeIds);

  /** Scores of the finished attempts at a module version in a program. */
  List<Integer> finishedScores(long programId, long moduleId);

  /** Each trainee who tried a module version in a program, and how far they got. */
  List<TraineeTry> traineeProgress(long programId, long moduleId);

  /** Per question of a module version, over the program's finished attempts. */
  List<ItemTally> itemTallies(long programId, long moduleId);

  Optional<RetakePolicy> policy(long programId);

  void add(RetakePolicy policy);

  void flush();
}
