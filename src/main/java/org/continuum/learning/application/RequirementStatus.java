package org.continuum.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import org.continuum.learning.domain.ModuleStanding;

/** One required module and where a trainee stands on it; {@code dueOn} null until scheduled. */
public record RequirementStatus(
    String moduleCode,
    String moduleTitle,
    Long moduleId,
    String when,
    LocalDate dueOn,
    ModuleStanding standing,
    Integer bestScore,
    boolean overdue)
    implements Serializable {

  public boolean isDone() {
    return standing == ModuleStanding.PASSED;
  }
}
