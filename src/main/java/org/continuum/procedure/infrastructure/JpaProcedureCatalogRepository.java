package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureCategory;
import org.continuum.procedure.domain.ProcedureFavourite;
import org.continuum.procedure.domain.ProcedureType;

@ApplicationScoped
public class JpaProcedureCatalogRepository implements ProcedureCatalogRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ProcedureCategory> findCategory(String code) {
    return em.createQuery(
            "select c from ProcedureCategory c where c.code = :c", ProcedureCategory.class)
        .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ProcedureCategory> findCategory(long id) {
    return Optional.ofNullable(em.find(ProcedureCategory.class, id));
  }

  @Override
  public List<ProcedureCategory> categories() {
    return em.createQuery(
            "select c from ProcedureCategory c order by c.displayOrder, c.name",
            ProcedureCategory.class)
        .getResultList();
  }

  @Override
  public void add(ProcedureCategory category) {
    em.persist(category);
  }

  @Override
  public Optional<ProcedureType> findType(long id) {
    return Optional.ofNullable(em.find(ProcedureType.class, id));
  }

  @Override
  public Optional<ProcedureType> findType(String code) {
    return em.createQuery("select t from ProcedureType t where t.code = :c", ProcedureType.class)
        .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProcedureType> types() {
    return em.createQuery(
            "select t from ProcedureType t join fetch t.category order by t.active desc,"
                + " t.category.displayOrder, t.name",
            ProcedureType.class)
        .getResultList();
  }

  @Override
  public void add(ProcedureType type) {
    em.persist(type);
  }

  @Override
  public List<Long> favourites(long traineeId) {
    return em.createQuery(
            "select f.procedureTypeId from ProcedureFavourite f where f.traineeId = :t order by"
                + " f.createdAt",
            Long.class)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public void addFavourite(ProcedureFavourite favourite) {
    em.persist(favourite);
  }

  @Override
  public void removeFavourite(long traineeId, long procedureTypeId) {
    em.createQuery(
            "delete from ProcedureFavourite f where f.traineeId = :t and f.procedureTypeId = :p")
        .setParameter("t", traineeId)
        .setParameter("p", procedureTypeId)
        .executeUpdate();
  }
}
