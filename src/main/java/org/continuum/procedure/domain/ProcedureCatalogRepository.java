package org.continuum.procedure.domain;

import java.util.List;
import java.util.Optional;

public interface ProcedureCatalogRepository {

  Optional<ProcedureCategory> findCategory(String code);

  Optional<ProcedureCategory> findCategory(long id);

  List<ProcedureCategory> categories();

  void add(ProcedureCategory category);

  Optional<ProcedureType> findType(long id);

  Optional<ProcedureType> findType(String code);

  /** All procedures, active first, by category order and name. */
  List<ProcedureType> types();

  void add(ProcedureType type);

  List<Long> favourites(long traineeId);

  void addFavourite(ProcedureFavourite favourite);

  void removeFavourite(long traineeId, long procedureTypeId);
}
