package org.continuum.competency.application;

import java.io.Serializable;
import org.continuum.competency.domain.Framework;
import org.continuum.competency.domain.FrameworkStatus;

/** A framework version as lists show it. */
public record FrameworkSummary(
    long id,
    String code,
    int frameworkVersion,
    String name,
    String specialty,
    FrameworkStatus status,
    Long ownerProgramId)
    implements Serializable {

  static FrameworkSummary of(Framework f) {
    return new FrameworkSummary(
        f.getId(),
        f.getCode(),
        f.getFrameworkVersion(),
        f.getName(),
        f.getSpecialty(),
        f.getStatus(),
        f.getOwnerProgramId());
  }

  public String label() {
    return name + " (" + code + " version " + frameworkVersion + ")";
  }
}
