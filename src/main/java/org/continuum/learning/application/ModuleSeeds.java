package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.continuum.learning.domain.ModuleFormat;
import org.continuum.seed.application.SeedContributor;

/** Bundled and administrators' module files (kind case-module) go into the shared library. */
@ApplicationScoped
public class ModuleSeeds implements SeedContributor {

  @Inject ModuleLibrary library;

  @Override
  public String kind() {
    return ModuleFormat.KIND;
  }

  @Override
  public List<String> apply(String text) {
    return List.of(library.loadIntoLibrary(text).message());
  }
}
