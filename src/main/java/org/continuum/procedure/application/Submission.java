package org.continuum.procedure.application;

/** The entry a submission made, or found when the same request came again. */
public record Submission(LogView log, boolean replayed) {}
