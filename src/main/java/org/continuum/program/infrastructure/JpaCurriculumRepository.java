package org.continuum.program.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.program.domain.CurriculumRepository;
import org.continuum.program.domain.EndedBlock;
import org.continuum.program.domain.Rotation;
import org.continuum.program.domain.RotationAssignment;
import org.continuum.program.domain.RotationTeacher;
import org.continuum.program.domain.TeacherRow;

@ApplicationScoped
public class JpaCurriculumRepository implements CurriculumRepository {

  private static final String ASSIGNMENT_ROW =
      "select new org.continuum.program.domain.AssignmentRow(a.id, a.version, a.traineeId,"
          + " acc.displayName, r.id, r.code, r.name, a.startDate, a.endDate) from"
          + " RotationAssignment a join a.rotation r join Account acc on acc.id = a.traineeId";

  @PersistenceContext EntityManager em;

  @Override
  public List<Rotation> rotations(long programId) {
    return em.createQuery(
            "select r from Rotation r where r.programId = :p order by r.active desc, r.name",
            Rotation.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public Optional<Rotation> rotation(long id) {
    return Optional.ofNullable(em.find(Rotation.class, id));
  }

  @Override
  public Optional<Rotation> rotation(long programId, String code) {
    return em.createQuery(
            "select r from Rotation r where r.programId = :p and r.code = :c", Rotation.class)
        .setParameter("p", programId)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Rotation rotation) {
    em.persist(rotation);
  }

  @Override
  public List<AssignmentRow> schedule(long programId, LocalDate from, LocalDate to) {
    return em.createQuery(
            ASSIGNMENT_ROW
                + " where a.programId = :p and a.startDate <= :to and a.endDate >= :from order by"
                + " acc.displayName, a.traineeId, a.startDate",
            AssignmentRow.class)
        .setParameter("p", programId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<AssignmentRow> scheduleOf(long programId, long traineeId) {
    return em.createQuery(
            ASSIGNMENT_ROW + " where a.programId = :p and a.traineeId = :t order by a.startDate",
            AssignmentRow.class)
        .setParameter("p", programId)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public Optional<RotationAssignment> assignment(long id) {
    return Optional.ofNullable(em.find(RotationAssignment.class, id));
  }

  @Override
  public List<RotationAssignment> overlapping(long traineeId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select a from RotationAssignment a where a.traineeId = :t and a.startDate <= :to and"
                + " a.endDate >= :from",
            RotationAssignment.class)
        .setParameter("t", traineeId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public void add(RotationAssignment assignment) {
    em.persist(assignment);
  }

  @Override
  public void remove(RotationAssignment assignment) {
    em.remove(assignment);
  }

  @Override
  public List<TeacherRow> teachers(long programId) {
    return em.createQuery(
            "select new org.continuum.program.domain.TeacherRow(t.id, t.version, r.id, r.code,"
                + " t.facultyId, acc.displayName, t.startDate, t.endDate) from RotationTeacher t"
                + " join t.rotation r join Account acc on acc.id = t.facultyId where r.programId"
                + " = :p order by r.code, acc.displayName",
            TeacherRow.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public Optional<RotationTeacher> teacher(long id) {
    return Optional.ofNullable(em.find(RotationTeacher.class, id));
  }

  @Override
  public void add(RotationTeacher teacher) {
    em.persist(teacher);
  }

  @Override
  public boolean teaches(long facultyId, long traineeId) {
    return em.createQuery(
                "select count(a) from RotationAssignment a, RotationTeacher t where t.rotation ="
                    + " a.rotation and t.facultyId = :f and a.traineeId = :t and t.startDate <="
                    + " a.endDate and (t.endDate is null or t.endDate >= a.startDate)",
                Long.class)
            .setParameter("f", facultyId)
            .setParameter("t", traineeId)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<AssignmentRow> taughtOn(long facultyId, LocalDate day) {
    return em.createQuery(
            ASSIGNMENT_ROW
                + ", RotationTeacher t where t.rotation = a.rotation and t.facultyId = :f and"
                + " a.startDate <= :d and a.endDate >= :d and t.startDate <= :d and (t.endDate is"
                + " null or t.endDate >= :d) order by acc.displayName",
            AssignmentRow.class)
        .setParameter("f", facultyId)
        .setParameter("d", day)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<EndedBlock> endedBetween(Long programId, LocalDate from, LocalDate to) {
    List<Object[]> blocks =
        em.createQuery(
                "select a.id, a.programId, a.traineeId, r.id, r.name, a.startDate, a.endDate"
                    + " from RotationAssignment a join a.rotation r where a.endDate >= :from and"
                    + " a.endDate <= :to and (:p is null or a.programId = :p) order by a.id",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("p", programId)
            .getResultList();
    if (blocks.isEmpty()) {
      return List.of();
    }
    Set<Long> rotationIds = new HashSet<>();
    blocks.forEach(b -> rotationIds.add((Long) b[3]));
    Map<Long, List<RotationTeacher>> teachersByRotation = new HashMap<>();
    em.createQuery(
            "select t from RotationTeacher t join fetch t.rotation where t.rotation.id in :r",
            RotationTeacher.class)
        .setParameter("r", rotationIds)
        .getResultList()
        .forEach(
            t ->
                teachersByRotation
                    .computeIfAbsent(t.getRotation().getId(), k -> new ArrayList<>())
                    .add(t));
    List<EndedBlock> result = new ArrayList<>();
    for (Object[] b : blocks) {
      LocalDate start = (LocalDate) b[5];
      LocalDate end = (LocalDate) b[6];
      List<Long> teachers =
          teachersByRotation.getOrDefault((Long) b[3], List.of()).stream()
              .filter(t -> t.teachesDuring(start, end))
              .map(RotationTeacher::getFacultyId)
              .distinct()
              .sorted()
              .toList();
      result.add(
          new EndedBlock(
              (Long) b[0],
              (Long) b[1],
              (Long) b[2],
              (Long) b[3],
              (String) b[4],
              start,
              end,
              teachers));
    }
    return result;
  }
}
