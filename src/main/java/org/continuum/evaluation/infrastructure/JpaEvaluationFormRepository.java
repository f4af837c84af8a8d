package org.continuum.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.evaluation.domain.DefaultForm;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.FormStatus;
import org.continuum.evaluation.domain.RotationFormChoice;

@ApplicationScoped
public class JpaEvaluationFormRepository implements EvaluationFormRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<EvaluationForm> findById(long id) {
    return Optional.ofNullable(em.find(EvaluationForm.class, id));
  }

  @Override
  public void add(EvaluationForm form) {
    em.persist(form);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<EvaluationForm> ofProgram(long programId) {
    return em.createQuery(
            "select f from EvaluationForm f where f.programId = :p"
                + " order by f.code, f.formVersion desc",
            EvaluationForm.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public Optional<EvaluationForm> currentFor(long programId, EvaluationKind kind) {
    Optional<EvaluationForm> pinned =
        defaultForm(programId, kind).flatMap(d -> newestPublished(programId, d.getFormCode()));
    if (pinned.isPresent()) {
      return pinned;
    }
    Optional<EvaluationForm> unchosen =
        newest(
            " and f.code not in (select c.formCode from RotationFormChoice c"
                + " where c.programId = :p and c.kind = :k)",
            programId,
            kind);
    return unchosen.isPresent() ? unchosen : newest("", programId, kind);
  }

  @Override
  public Optional<EvaluationForm> currentFor(long programId, EvaluationKind kind, long rotationId) {
    Optional<EvaluationForm> own =
        em.createQuery(
                "select c from RotationFormChoice c where c.programId = :p and c.kind = :k"
                    + " and c.rotationId = :r",
                RotationFormChoice.class)
            .setParameter("p", programId)
            .setParameter("k", kind)
            .setParameter("r", rotationId)
            .getResultStream()
            .findFirst()
            .flatMap(c -> newestPublished(programId, c.getFormCode()));
    return own.isPresent() ? own : currentFor(programId, kind);
  }

  @Override
  public Optional<EvaluationForm> newestPublished(long programId, String code) {
    return em.createQuery(
            "select f from EvaluationForm f where f.programId = :p and f.code = :c"
                + " and f.status = :published order by f.formVersion desc",
            EvaluationForm.class)
        .setParameter("p", programId)
        .setParameter("c", code)
        .setParameter("published", FormStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Optional<EvaluationForm> newest(String condition, long programId, EvaluationKind kind) {
    return em.createQuery(
            "select f from EvaluationForm f where f.programId = :p and f.kind = :k"
                + " and f.status = :published"
                + condition
                + " order by f.publishedAt desc, f.id desc",
            EvaluationForm.class)
        .setParameter("p", programId)
        .setParameter("k", kind)
        .setParameter("published", FormStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<DefaultForm> defaultForm(long programId, EvaluationKind kind) {
    return em.createQuery(
            "select d from DefaultForm d where d.programId = :p and d.kind = :k", DefaultForm.class)
        .setParameter("p", programId)
        .setParameter("k", kind)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<DefaultForm> defaultForms(long programId) {
    return em.createQuery(
            "select d from DefaultForm d where d.programId = :p order by d.kind", DefaultForm.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public void add(DefaultForm pinned) {
    em.persist(pinned);
  }

  @Override
  public List<RotationFormChoice> rotationForms(long programId) {
    return em.createQuery(
            "select c from RotationFormChoice c where c.programId = :p order by c.id",
            RotationFormChoice.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public Optional<RotationFormChoice> rotationForm(long id) {
    return Optional.ofNullable(em.find(RotationFormChoice.class, id));
  }

  @Override
  public void add(RotationFormChoice choice) {
    em.persist(choice);
  }

  @Override
  public void remove(RotationFormChoice choice) {
    em.remove(choice);
  }

  @Override
  public Optional<EvaluationForm> find(long programId, String code, int formVersion) {
    return em.createQuery(
            "select f from EvaluationForm f where f.programId = :p and f.code = :c"
                + " and f.formVersion = :v",
            EvaluationForm.class)
        .setParameter("p", programId)
        .setParameter("c", code)
        .setParameter("v", formVersion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int latestVersion(long programId, String code) {
    Integer max =
        em.createQuery(
                "select max(f.formVersion) from EvaluationForm f where f.programId = :p"
                    + " and f.code = :c",
                Integer.class)
            .setParameter("p", programId)
            .setParameter("c", code)
            .getSingleResult();
    return max == null ? 0 : max;
  }
}
