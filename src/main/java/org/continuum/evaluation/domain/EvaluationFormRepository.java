package org.continuum.evaluation.domain;

import java.util.List;
import java.util.Optional;

public interface EvaluationFormRepository {

  Optional<EvaluationForm> findById(long id);

  void add(EvaluationForm form);

  void flush();

  /** Every version of every form of the program, by code then newest version first. */
  List<EvaluationForm> ofProgram(long programId);

  /**
   * The program's default form for this kind of evaluation, in its newest published version: the
   * pinned default, or while none is pinned the newest published form no rotation has chosen.
   */
  Optional<EvaluationForm> currentFor(long programId, EvaluationKind kind);

  Optional<DefaultForm> defaultForm(long programId, EvaluationKind kind);

  List<DefaultForm> defaultForms(long programId);

  void add(DefaultForm pinned);

  /** The form for an evaluation of a block on the rotation: the rotation's own, or the default. */
  Optional<EvaluationForm> currentFor(long programId, EvaluationKind kind, long rotationId);

  /** The newest published version of the program's form with this code. */
  Optional<EvaluationForm> newestPublished(long programId, String code);

  /** The forms rotations of the program have chosen, oldest choice first. */
  List<RotationFormChoice> rotationForms(long programId);

  Optional<RotationFormChoice> rotationForm(long id);

  void add(RotationFormChoice choice);

  void remove(RotationFormChoice choice);

  Optional<EvaluationForm> find(long programId, String code, int formVersion);

  /** The highest version number of the code in the program, 0 if none. */
  int latestVersion(long programId, String code);
}
