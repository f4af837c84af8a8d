package org.continuum.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.continuum.identity.application.ProgramNames;
import org.continuum.program.domain.ProgramRepository;

/** Names programs for the identity context's screens. */
@ApplicationScoped
@Transactional
public class ProgramNamesAdapter implements ProgramNames {

  @Inject ProgramRepository programs;

  @Override
  public Map<Long, String> namesOf(Collection<Long> programIds) {
    Map<Long, String> names = new HashMap<>();
    programs.findByIds(programIds).forEach(p -> names.put(p.getId(), p.getName()));
    return names;
  }
}
