package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/** Complications worth recording; none is the empty set. */
public enum Complication implements Titled {
  VASOVAGAL("Vasovagal reaction"),
  DURAL_PUNCTURE("Dural puncture"),
  INTRAVASCULAR_INJECTION("Intravascular uptake"),
  LOCAL_ANESTHETIC_TOXICITY("Local anesthetic systemic toxicity"),
  BLEEDING("Bleeding or hematoma"),
  INFECTION("Infection"),
  NERVE_INJURY("Nerve injury or new deficit"),
  ALLERGIC_REACTION("Allergic reaction"),
  OTHER("Other");

  private final String title;

  Complication(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
