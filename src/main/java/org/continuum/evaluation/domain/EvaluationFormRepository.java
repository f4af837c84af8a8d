package org.continuum.evaluation.domain;

import java.util.List;
import java.util.Optional;

public interface EvaluationFormRepository {

  Optional<EvaluationForm> findById(long id);

  void add(EvaluationForm form);

  void flush();

  /** Every version of every form of the program, by code then newest version first. */
  List<EvaluationForm> ofProgram(long programId);

  /** The newest published version of the program's form for this kind of evaluation. */
  Optional<EvaluationForm> currentFor(long programId, EvaluationKind kind);

  Optional<EvaluationForm> find(long programId, String code, int formVersion);

  /** The highest version number of the code in the program, 0 if none. */
  int latestVersion(long programId, String code);
}
