package org.continuum.seed.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.seed.domain.SeedImport;
import org.continuum.seed.domain.SeedImportRepository;

@ApplicationScoped
public class JpaSeedImportRepository implements SeedImportRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SeedImport> findByKey(String key) {
    return em.createQuery("select s from SeedImport s where s.key = :k", SeedImport.class)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SeedImport> findAll() {
    return em.createQuery("select s from SeedImport s order by s.key", SeedImport.class)
        .getResultList();
  }

  @Override
  public void add(SeedImport seedImport) {
    em.persist(seedImport);
  }
}
