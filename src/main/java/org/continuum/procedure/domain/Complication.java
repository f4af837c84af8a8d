package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/**
 * Complications worth recording, the common ones first; none is the empty set. "Other" asks for a
 * description.
 */
public enum Complication implements Titled {
  VASOVAGAL("Vasovagal reaction"),
  INTRAVASCULAR_INJECTION("Intravascular uptake"),
  DURAL_PUNCTURE("Dural puncture"),
  POST_DURAL_PUNCTURE_HEADACHE("Post-dural puncture headache"),
  INCREASED_PAIN("Increased pain or flare"),
  TRANSIENT_WEAKNESS("Transient weakness or numbness"),
  HYPOTENSION("Hypotension needing treatment"),
  BLEEDING("Bleeding or hematoma"),
  INFECTION("Infection"),
  NERVE_INJURY("Nerve injury or new deficit"),
  NEURITIS("Neuritis after radiofrequency ablation"),
  SKIN_BURN("Skin burn"),
  ALLERGIC_REACTION("Allergic reaction"),
  CONTRAST_REACTION("Contrast reaction"),
  LOCAL_ANESTHETIC_TOXICITY("Local anesthetic systemic toxicity"),
  HIGH_SPINAL("High or total spinal block"),
  SPINAL_CORD_INJURY("Spinal cord injury or infarction"),
  PNEUMOTHORAX("Pneumothorax"),
  SEIZURE("Seizure"),
  RESPIRATORY_DEPRESSION("Respiratory depression from sedation"),
  DYSPHAGIA("Dysphagia or breathing difficulty after toxin"),
  LEAD_MIGRATION("Lead migration"),
  DEVICE_PROBLEM("Device or pump malfunction"),
  DRUG_WITHDRAWAL_OR_OVERDOSE("Drug withdrawal or overdose (pump)"),
  OTHER("Other (describe)");

  private final String title;

  Complication(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
