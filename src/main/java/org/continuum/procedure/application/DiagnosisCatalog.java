package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.procedure.domain.DiagnosisCode;
import org.continuum.procedure.domain.DiagnosisCodeRepository;
import org.continuum.procedure.domain.DiagnosisList;
import org.continuum.procedure.domain.DiagnosisList.Diagnosis;

/**
 * The diagnoses a case may carry: the current codes of the loaded list, held in memory until a new
 * version commits. The logging form and the API search it by code or words.
 */
@ApplicationScoped
public class DiagnosisCatalog {

  @Inject DiagnosisCodeRepository codes;
  @Inject AccessPolicy access;

  private volatile DiagnosisList current;

  @Transactional
  public DiagnosisList current() {
    DiagnosisList list = current;
    if (list == null) {
      list =
          new DiagnosisList(
              codes.all().stream()
                  .filter(DiagnosisCode::isActive)
                  .map(d -> new Diagnosis(d.getCode(), d.getTitle()))
                  .toList());
      current = list;
    }
    return list;
  }

  /** Codes first, then titles holding every word; anyone signed in (nobody's records). */
  public List<Diagnosis> search(String text, int limit) {
    access.requireSignedIn();
    return current().search(text, Math.min(limit, 50));
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) DiagnosesChanged change) {
    current = null;
  }
}
