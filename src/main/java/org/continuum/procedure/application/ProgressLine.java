package org.continuum.procedure.application;

import java.io.Serializable;
import org.continuum.procedure.domain.MinimumProgress;

/** One minimum and where a trainee stands against it. */
public record ProgressLine(MinimumView minimum, MinimumProgress progress) implements Serializable {}
