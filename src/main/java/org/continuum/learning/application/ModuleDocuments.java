package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ModuleDocument;
import org.continuum.learning.domain.ModuleFormat;

/**
 * Parsed modules by id. A module version never changes once loaded, so a parse is good for the life
 * of the application and nothing needs invalidating.
 */
@ApplicationScoped
public class ModuleDocuments {

  private final Map<Long, ModuleDocument> parsed = new ConcurrentHashMap<>();

  public ModuleDocument of(CaseModule module) {
    return parsed.computeIfAbsent(module.getId(), id -> ModuleFormat.parse(module.getSource()));
  }
}
