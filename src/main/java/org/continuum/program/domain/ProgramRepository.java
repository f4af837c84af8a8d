package org.continuum.program.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface ProgramRepository {

  Optional<Program> findById(long id);

  Optional<Program> findByCode(String code);

  List<Program> findByIds(Collection<Long> ids);

  void add(Program program);

  /**
   * Filters: "search" (code or name contains), "kind", "active" ("true"/"false"). Sort fields:
   * code, name, kind, specialty, lengthYears, active.
   */
  Page<Program> list(PageRequest request);
}
