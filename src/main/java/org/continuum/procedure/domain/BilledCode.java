package org.continuum.procedure.domain;

import java.io.Serializable;

/**
 * One CPT or HCPCS code of a case as the accreditor's log takes it: the code ("+" marks an add-on),
 * its modifier if any (50 for bilateral) and how many times it is reported.
 */
public record BilledCode(String code, String modifier, int units) implements Serializable {

  public boolean isAddOn() {
    return code.startsWith("+");
  }

  /** "64483", "+64484-50 x2". */
  public String label() {
    return code + (modifier == null ? "" : "-" + modifier) + (units > 1 ? " x" + units : "");
  }
}
