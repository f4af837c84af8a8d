package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;

/**
 * A trainee flagged for the director, with the reasons: each level the heat map marks below the
 * trainee's target (naming the target), and each minimum behind pace.
 */
public record EarlyWarning(long traineeId, String name, Integer pgy, List<String> reasons)
    implements Serializable {}
