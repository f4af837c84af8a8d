package org.continuum.procedure.domain;

import java.util.Set;
import org.continuum.shared.domain.Wording;

/**
 * The optional questions a procedure may need; the others are asked for every procedure. A
 * procedure asks for at most one site (the joint, the muscles, the nerve), each titled as the form
 * asks it.
 */
public enum ProcedureField {
  SPINE_REGION(null),
  LEVELS(null),
  /** The levels are vertebral bodies (T12, L1), as vertebral augmentation counts them. */
  VERTEBRAL_BODIES(null),
  LATERALITY(null),
  GUIDANCE(null),
  JOINT(Wording.of("procedureField.JOINT.siteTitle")),
  TENDON(Wording.of("procedureField.TENDON.siteTitle")),
  MUSCLES(Wording.of("procedureField.MUSCLES.siteTitle")),
  NERVE(Wording.of("procedureField.NERVE.siteTitle")),
  STRUCTURES(Wording.of("procedureField.STRUCTURES.siteTitle")),
  /** Whether contrast was injected (procedures done under fluoroscopy or CT). */
  CONTRAST(null),
  /** The deepest sedation given, for procedures where it may be. */
  SEDATION(null),
  /** The percentage of pain relief at the end of a stimulator trial, known days after placement. */
  TRIAL_RELIEF(null),
  /** Done under fluoroscopy without asking for guidance (no other modality codes for it). */
  FLUOROSCOPIC(null);

  private final String siteTitle;

  ProcedureField(String siteTitle) {
    this.siteTitle = siteTitle;
  }

  /**
   * Whether a case was done under fluoroscopy: the guidance chosen, or the procedure's own when it
   * asks for none.
   */
  public static boolean underFluoroscopy(Set<ProcedureField> asked, Guidance guidance) {
    return guidance == Guidance.FLUOROSCOPY || asked.contains(FLUOROSCOPIC);
  }

  /** Whether the field names the site treated; all sites are kept in one place. */
  public boolean isSite() {
    return siteTitle != null;
  }

  /** The question for a site field ("Joint or bursa"); null for the others. */
  public String siteTitle() {
    return siteTitle;
  }
}
