package org.continuum.seed.domain;

import java.util.List;
import java.util.Optional;

public interface SeedImportRepository {

  Optional<SeedImport> findByKey(String key);

  List<SeedImport> findAll();

  void add(SeedImport seedImport);
}
