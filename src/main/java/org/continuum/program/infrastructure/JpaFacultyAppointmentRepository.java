package org.continuum.program.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.program.domain.FacultyAppointment;
import org.continuum.program.domain.FacultyAppointmentRepository;
import org.continuum.program.domain.FacultyRow;

@ApplicationScoped
public class JpaFacultyAppointmentRepository implements FacultyAppointmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<FacultyAppointment> findById(long id) {
    return Optional.ofNullable(em.find(FacultyAppointment.class, id));
  }

  @Override
  public Optional<FacultyAppointment> findCurrent(long programId, long facultyId) {
    return em.createQuery(
            "select f from FacultyAppointment f where f.program.id = :p and f.facultyId = :f and"
                + " f.endDate is null",
            FacultyAppointment.class)
        .setParameter("p", programId)
        .setParameter("f", facultyId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<String> currentFacultyName(long programId, long facultyId) {
    return em
        .createQuery(
            "select a.displayName from FacultyAppointment f join Account a on a.id = f.facultyId"
                + " where f.program.id = :p and f.facultyId = :f and f.endDate is null",
            String.class)
        .setParameter("p", programId)
        .setParameter("f", facultyId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public List<FacultyRow> listByProgram(long programId) {
    return em.createQuery(
            "select new org.continuum.program.domain.FacultyRow(f.id, f.version, a.id, a.displayName, a.username,"
                + " a.email, f.title, f.startDate, f.endDate) from FacultyAppointment f join"
                + " Account a on a.id = f.facultyId where f.program.id = :p order by case when"
                + " f.endDate is null then 0 else 1 end, a.displayName, f.id",
            FacultyRow.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public List<FacultyAppointment> findByFaculty(long facultyId) {
    return em.createQuery(
            "select f from FacultyAppointment f join fetch f.program where f.facultyId = :f order"
                + " by f.startDate desc",
            FacultyAppointment.class)
        .setParameter("f", facultyId)
        .getResultList();
  }

  @Override
  public void add(FacultyAppointment appointment) {
    em.persist(appointment);
  }
}
