package org.continuum.procedure.domain;

import java.util.List;

public interface DiagnosisCodeRepository {

  /** Every code, current and retired, in code order. */
  List<DiagnosisCode> all();

  void add(DiagnosisCode code);
}
