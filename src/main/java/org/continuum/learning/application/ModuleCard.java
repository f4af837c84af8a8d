package org.continuum.learning.application;

import java.io.Serializable;
import org.continuum.learning.domain.ModuleStanding;

/**
 * A module on a trainee's list, with where they stand on it and, if the program requires it, when
 * ("by the end of PGY-3"; null if not required).
 */
public record ModuleCard(
    ModuleSummary module,
    ModuleStanding standing,
    Integer bestScore,
    long attempts,
    String requiredWhen)
    implements Serializable {}
