package org.continuum.program.infrastructure;

import static org.continuum.shared.infrastructure.ListQuery.LIKE_ESCAPE;
import static org.continuum.shared.infrastructure.ListQuery.containsPattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramKind;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.ListQuery;

@ApplicationScoped
public class JpaProgramRepository implements ProgramRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Program> findById(long id) {
    return Optional.ofNullable(em.find(Program.class, id));
  }

  @Override
  public Optional<Program> findByCode(String code) {
    return em.createQuery("select p from Program p where p.code = :c", Program.class)
        .setParameter("c", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Program> findByIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select p from Program p where p.id in :ids order by p.name", Program.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public void add(Program program) {
    em.persist(program);
  }

  @Override
  public Page<Program> list(PageRequest request) {
    ListQuery<Program> query = ListQuery.select(em, Program.class, "select p", "from Program p");
    String search = request.filter("search");
    if (search != null) {
      query.where(
          "lower(p.code) like :q" + LIKE_ESCAPE + " or lower(p.name) like :q" + LIKE_ESCAPE,
          "q",
          containsPattern(search));
    }
    String kind = request.filter("kind");
    if (kind != null) {
      query.where("p.kind = :kind", "kind", parseKind(kind));
    }
    String active = request.filter("active");
    if (active != null) {
      query.where("p.active = :active", "active", Boolean.parseBoolean(active));
    }
    return query
        .sortable(
            Map.of(
                "code", "p.code",
                "name", "p.name",
                "kind", "p.kind",
                "specialty", "p.specialty",
                "lengthYears", "p.lengthYears",
                "active", "p.active"),
            "p.name",
            "p.id")
        .fetch(request);
  }

  private static ProgramKind parseKind(String value) {
    try {
      return ProgramKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "kind", Wording.of("jpaProgramRepository.kindResidencyFellowship"));
    }
  }
}
