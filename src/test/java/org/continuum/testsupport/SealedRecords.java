package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.List;
import org.continuum.evaluation.domain.AnswerInput;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.evaluation.domain.Signature;
import org.continuum.evaluation.domain.SignedContent;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.Sealer;

/**
 * Signed evaluations written and then attacked below the services, the way a bug or a careless
 * script would: through the entity manager, by reflection or by plain SQL.
 */
@ApplicationScoped
public class SealedRecords {

  public static final String NARRATIVE = "Señora Müller’s consult: “clear report” ✓";

  @PersistenceContext EntityManager em;
  @Inject Sealer sealer;
  @Inject IdentifierGuards guards;
  @Inject Clock clock;

  /** Signs one of the program's requested faculty evaluations, through the domain. */
  @Transactional
  public long signOne(long programId) {
    return signOne(programId, "3.5");
  }

  /** As above, with this milestone level for its first item. */
  @Transactional
  public long signOne(long programId, String level) {
    Evaluation e = openOne(programId);
    e.saveDraft(
        e.getEvaluatorId(),
        List.of(
            new AnswerInput(1, level, null),
            new AnswerInput(2, "DIRECT", null),
            new AnswerInput(3, null, NARRATIVE)),
        guards.guard());
    em.flush();
    e.sign(e.getEvaluatorId(), "Test signer", clock.instant(), sealer);
    em.flush();
    return e.getId();
  }

  /** One of the program's faculty evaluations still requested. */
  @Transactional
  public long requestedOne(long programId) {
    return openOne(programId).getId();
  }

  @Transactional
  public void changeAnswerBehindTheServicesBack(long id) {
    Evaluation e = em.find(Evaluation.class, id);
    set(e.getAnswers().get(0), "value", "5");
    em.flush();
  }

  @Transactional
  public void changeRevisionBehindTheServicesBack(long id) {
    Evaluation e = em.find(Evaluation.class, id);
    set(e, "contentRevision", e.getContentRevision() + 1);
    em.flush();
  }

  @Transactional
  public void removeSignature(long id) {
    Evaluation e = em.find(Evaluation.class, id);
    em.remove(e.signature().orElseThrow());
    em.flush();
  }

  /** Points a stored signature at another evaluation, in plain SQL. */
  @Transactional
  public void moveSignature(long fromId, long toId) {
    em.createNativeQuery(
            "UPDATE evaluation_signature SET evaluation_id = ?1 WHERE evaluation_id = ?2")
        .setParameter(1, toId)
        .setParameter(2, fromId)
        .executeUpdate();
  }

  /**
   * What someone with write access to the database could do: rewrite the narrative in plain SQL and
   * store the plain SHA-256 of the changed content, so the hash alone matches again. (The
   * narrative, not a rating: the ratings' summary would drift and other tests read it.)
   */
  @Transactional
  public void forgeAnswerWithMatchingHash(long id) {
    em.createNativeQuery(
            "UPDATE evaluation_answer SET answer_text = 'Outstanding in every respect.'"
                + " WHERE evaluation_id = ?1 AND item_seq = 3")
        .setParameter(1, id)
        .executeUpdate();
    em.clear();
    Evaluation e = em.find(Evaluation.class, id);
    Signature s = e.signature().orElseThrow();
    em.createNativeQuery("UPDATE evaluation_signature SET content_hash = ?1 WHERE id = ?2")
        .setParameter(1, SignedContent.hash(e, s))
        .setParameter(2, s.getId())
        .executeUpdate();
    em.clear();
  }

  /** Raises one final level of a finalised review in plain SQL, as a database writer could. */
  @Transactional
  public void forgeFinalLevel(long periodId) {
    Long id =
        (Long)
            em.createQuery("select min(l.id) from FinalLevel l where l.periodId = :p")
                .setParameter("p", periodId)
                .getSingleResult();
    em.createNativeQuery("UPDATE final_level SET level = '5' WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.clear();
  }

  @Transactional
  public long traineeOf(long id) {
    return em.find(Evaluation.class, id).getTraineeId();
  }

  /** Whether the evaluation's stored signature (if any) still fits it, read afresh. */
  @Transactional
  public boolean signatureFits(long id) {
    em.clear();
    Evaluation e = em.find(Evaluation.class, id);
    return e.signature().map(s -> s.isValidFor(e)).orElse(false);
  }

  /** The stored hash, and the hash of the content as read back from the database now. */
  @Transactional
  public List<String> storedAndRecomputed(long id) {
    em.clear();
    Evaluation e = em.find(Evaluation.class, id);
    Signature s = e.signature().orElseThrow();
    return List.of(
        s.getContentHash(),
        SignedContent.hash(e, s),
        e.answer(3).orElseThrow().getText(),
        s.getSignedAt().toString());
  }

  private Evaluation openOne(long programId) {
    return em.createQuery(
            "select e from Evaluation e where e.programId = :p and e.kind = :k and e.status = :s"
                + " order by e.id",
            Evaluation.class)
        .setParameter("p", programId)
        .setParameter("k", EvaluationKind.FACULTY_OF_TRAINEE)
        .setParameter("s", EvaluationStatus.REQUESTED)
        .setMaxResults(1)
        .getSingleResult();
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
