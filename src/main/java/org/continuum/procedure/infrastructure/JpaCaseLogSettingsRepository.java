package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.CaseLogSettingsRepository;

@ApplicationScoped
public class JpaCaseLogSettingsRepository implements CaseLogSettingsRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CaseLogSettings> forProgram(long programId) {
    return em.createQuery(
            "select s from CaseLogSettings s where s.programId = :p", CaseLogSettings.class)
        .setParameter("p", programId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(CaseLogSettings settings) {
    em.persist(settings);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
