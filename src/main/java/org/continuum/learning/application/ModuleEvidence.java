package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.learning.domain.ModuleObjectiveRow;
import org.continuum.learning.domain.ModuleRepository;

/** Module results as evidence for the competency committee, by the subcompetencies they map to. */
@ApplicationScoped
@Transactional
public class ModuleEvidence {

  @Inject AccessPolicy access;
  @Inject ModuleRepository modules;

  /** A trainee's result on every module they have attempted in the program. */
  public List<ModuleScore> resultsOf(long programId, long traineeId) {
    access.requireTraineeRecordReadable(programId, traineeId);
    Map<String, String> titles = new HashMap<>();
    Map<String, List<String>> codes = new HashMap<>();
    for (ModuleObjectiveRow o : modules.objectivesAvailableTo(programId)) {
      titles.put(o.code(), o.title());
      codes.computeIfAbsent(o.code(), k -> new ArrayList<>()).add(o.subcompetencyCode());
    }
    return modules.bestResults(programId, List.of(traineeId)).stream()
        .filter(r -> titles.containsKey(r.moduleCode()))
        .map(
            r ->
                new ModuleScore(
                    r.moduleCode(),
                    titles.get(r.moduleCode()),
                    codes.get(r.moduleCode()),
                    r.bestScore(),
                    r.passed(),
                    r.open() && r.bestScore() == null))
        .sorted((a, b) -> a.title().compareTo(b.title()))
        .toList();
  }
}
