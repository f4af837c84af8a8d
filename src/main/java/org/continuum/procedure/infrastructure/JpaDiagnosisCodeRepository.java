package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.continuum.procedure.domain.DiagnosisCode;
import org.continuum.procedure.domain.DiagnosisCodeRepository;

@ApplicationScoped
public class JpaDiagnosisCodeRepository implements DiagnosisCodeRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<DiagnosisCode> all() {
    return em.createQuery("select d from DiagnosisCode d order by d.code", DiagnosisCode.class)
        .getResultList();
  }

  @Override
  public void add(DiagnosisCode code) {
    em.persist(code);
  }
}
