package org.continuum.procedure.domain;

import java.util.List;
import java.util.Optional;

public interface ProcedureMinimumRepository {

  /** The program's minimums in display order. */
  List<ProcedureMinimum> ofProgram(long programId);

  Optional<ProcedureMinimum> findById(long id);

  void add(ProcedureMinimum minimum);

  void remove(ProcedureMinimum minimum);
}
