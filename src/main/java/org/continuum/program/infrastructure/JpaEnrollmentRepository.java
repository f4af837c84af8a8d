package org.continuum.program.infrastructure;

import static org.continuum.shared.infrastructure.ListQuery.LIKE_ESCAPE;
import static org.continuum.shared.infrastructure.ListQuery.containsPattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuum.program.domain.Enrollment;
import org.continuum.program.domain.EnrollmentRepository;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.ListQuery;

@ApplicationScoped
public class JpaEnrollmentRepository implements EnrollmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Enrollment> findById(long id) {
    return Optional.ofNullable(em.find(Enrollment.class, id));
  }

  @Override
  public Optional<Enrollment> findActive(long programId, long traineeId) {
    return em.createQuery(
            "select e from Enrollment e where e.program.id = :p and e.traineeId = :t and e.status ="
                + " :active",
            Enrollment.class)
        .setParameter("p", programId)
        .setParameter("t", traineeId)
        .setParameter("active", EnrollmentStatus.ACTIVE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Enrollment> findByTrainee(long traineeId) {
    return em.createQuery(
            // with the training years: each view of an enrollment shows this year's PGY
            "select e from Enrollment e join fetch e.program left join fetch e.years where"
                + " e.traineeId = :t order by e.startDate desc",
            Enrollment.class)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public void add(Enrollment enrollment) {
    em.persist(enrollment);
  }

  @Override
  public Page<RosterRow> roster(long programId, AcademicYear year, PageRequest request) {
    ListQuery<RosterRow> query =
        ListQuery.select(
                em,
                RosterRow.class,
                "select new org.continuum.program.domain.RosterRow(e.id, e.version, a.id,"
                    + " a.displayName, a.username, a.email, y.pgy, e.startDate,"
                    + " e.expectedGraduation, e.status)",
                "from Enrollment e join Account a on a.id = e.traineeId"
                    + " left join e.years y on y.academicYear = :year")
            .bind("year", year.startYear())
            .where("e.program.id = :program", "program", programId);
    String search = request.filter("search");
    if (search != null) {
      query.where(
          "lower(a.displayName) like :q"
              + LIKE_ESCAPE
              + " or lower(a.username) like :q"
              + LIKE_ESCAPE,
          "q",
          containsPattern(search));
    }
    String pgy = request.filter("pgy");
    if (pgy != null) {
      query.where("y.pgy = :pgy", "pgy", parsePgy(pgy));
    }
    String status = request.filter("status");
    if (status == null) {
      query.where("e.status = :status", "status", EnrollmentStatus.ACTIVE);
    } else if (!"ALL".equals(status)) {
      query.where("e.status = :status", "status", parseStatus(status));
    }
    return query
        .sortable(
            Map.of(
                "displayName", "a.displayName",
                "pgy", "y.pgy",
                "startDate", "e.startDate",
                "expectedGraduation", "e.expectedGraduation",
                "status", "e.status"),
            "a.displayName",
            "e.id")
        .fetch(request);
  }

  private static int parsePgy(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("pgy", Wording.of("jpaEnrollmentRepository.pgyNumber"));
    }
  }

  private static EnrollmentStatus parseStatus(String value) {
    try {
      return EnrollmentStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", Wording.of("jpaEnrollmentRepository.statusActiveCompletedWithdrawn"));
    }
  }
}
