package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.learning.domain.CaseModule;
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
    Map<String, CaseModule> byCode = new HashMap<>();
    modules.latestOfAll().forEach(m -> byCode.put(m.getCode(), m));
    return modules.bestResults(programId, List.of(traineeId)).stream()
        .filter(r -> byCode.containsKey(r.moduleCode()))
        .map(
            r -> {
              CaseModule m = byCode.get(r.moduleCode());
              return new ModuleScore(
                  r.moduleCode(),
                  m.getTitle(),
                  m.getSubcompetencyCodes(),
                  r.bestScore(),
                  r.passed(),
                  r.open() && r.bestScore() == null);
            })
        .sorted((a, b) -> a.title().compareTo(b.title()))
        .toList();
  }
}
