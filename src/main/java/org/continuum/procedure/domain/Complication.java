package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/**
 * Complications worth recording, the common ones first; none is the empty set. "Other" asks for a
 * description.
 */
public enum Complication implements Titled {
  VASOVAGAL(Wording.of("complication.VASOVAGAL.title")),
  INTRAVASCULAR_INJECTION(Wording.of("complication.INTRAVASCULAR_INJECTION.title")),
  DURAL_PUNCTURE(Wording.of("complication.DURAL_PUNCTURE.title")),
  POST_DURAL_PUNCTURE_HEADACHE(Wording.of("complication.POST_DURAL_PUNCTURE_HEADACHE.title")),
  INCREASED_PAIN(Wording.of("complication.INCREASED_PAIN.title")),
  TRANSIENT_WEAKNESS(Wording.of("complication.TRANSIENT_WEAKNESS.title")),
  HYPOTENSION(Wording.of("complication.HYPOTENSION.title")),
  BLEEDING(Wording.of("complication.BLEEDING.title")),
  INFECTION(Wording.of("complication.INFECTION.title")),
  NERVE_INJURY(Wording.of("complication.NERVE_INJURY.title")),
  NEURITIS(Wording.of("complication.NEURITIS.title")),
  SKIN_BURN(Wording.of("complication.SKIN_BURN.title")),
  ALLERGIC_REACTION(Wording.of("complication.ALLERGIC_REACTION.title")),
  CONTRAST_REACTION(Wording.of("complication.CONTRAST_REACTION.title")),
  LOCAL_ANESTHETIC_TOXICITY(Wording.of("complication.LOCAL_ANESTHETIC_TOXICITY.title")),
  HIGH_SPINAL(Wording.of("complication.HIGH_SPINAL.title")),
  SPINAL_CORD_INJURY(Wording.of("complication.SPINAL_CORD_INJURY.title")),
  PNEUMOTHORAX(Wording.of("complication.PNEUMOTHORAX.title")),
  SEIZURE(Wording.of("complication.SEIZURE.title")),
  RESPIRATORY_DEPRESSION(Wording.of("complication.RESPIRATORY_DEPRESSION.title")),
  DYSPHAGIA(Wording.of("complication.DYSPHAGIA.title")),
  LEAD_MIGRATION(Wording.of("complication.LEAD_MIGRATION.title")),
  DEVICE_PROBLEM(Wording.of("complication.DEVICE_PROBLEM.title")),
  DRUG_WITHDRAWAL_OR_OVERDOSE(Wording.of("complication.DRUG_WITHDRAWAL_OR_OVERDOSE.title")),
  OTHER(Wording.of("complication.OTHER.title"));

  private final String title;

  Complication(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
