package org.continuum.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.SealSummary;
import org.continuum.shared.domain.Sealer;

/**
 * Checks the seals of signed evaluations against their content: all of them for an administrator,
 * or one trainee's for the evidence that cites them (committee packet, portfolio). Reads in batches
 * and forgets each one, so the whole institution can be checked in bounded memory.
 */
@ApplicationScoped
@Transactional
public class EvaluationSeals {

  static final int BATCH = 200;

  @Inject EvaluationRepository evaluations;
  @Inject AccessPolicy access;
  @Inject Sealer sealer;

  /** Every signed evaluation of the institution. */
  public SealSummary checkAll() {
    access.requireAdmin();
    return check(null, null);
  }

  /**
   * A trainee's signed evaluations in a program. No access check here: the committee's and the
   * portfolio's use cases have made theirs before citing the evidence.
   */
  public SealSummary checkTrainee(long programId, long traineeId) {
    return check(programId, traineeId);
  }

  /**
   * The rows, each signed one with what checking its seal found, so a list of evidence says which
   * entries can be relied on. No access check: the list's use case made it.
   */
  public List<EvaluationRow> withSeals(List<EvaluationRow> rows) {
    List<Long> signed =
        rows.stream()
            .filter(r -> r.status() == EvaluationStatus.SIGNED)
            .map(EvaluationRow::id)
            .toList();
    if (signed.isEmpty()) {
      return rows;
    }
    Map<Long, SealCheck> found = new HashMap<>();
    for (Evaluation e : evaluations.withContent(signed)) {
      found.put(e.getId(), e.signature().map(s -> s.check(e, sealer)).orElse(SealCheck.BROKEN));
    }
    return rows.stream()
        .map(r -> found.containsKey(r.id()) ? r.withSeal(found.get(r.id())) : r)
        .toList();
  }

  /** The same for a page of rows. */
  public Page<EvaluationRow> withSeals(Page<EvaluationRow> page) {
    return new Page<>(withSeals(page.items()), page.total());
  }

  private SealSummary check(Long programId, Long traineeId) {
    SealSummary.Counter counter = new SealSummary.Counter();
    long after = 0;
    while (true) {
      List<Long> ids = evaluations.signedIds(programId, traineeId, after, BATCH);
      if (ids.isEmpty()) {
        return counter.summary();
      }
      for (Evaluation e : evaluations.withContent(ids)) {
        // a signed evaluation whose signature is gone is as broken as one that does not match
        counter.add(
            "evaluation",
            e.getId(),
            e.getProgramId(),
            e.signature().map(s -> s.check(e, sealer)).orElse(SealCheck.BROKEN));
      }
      after = ids.get(ids.size() - 1);
      evaluations.clear();
    }
  }
}
