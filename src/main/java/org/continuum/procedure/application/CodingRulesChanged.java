package org.continuum.procedure.application;

/** A new version of the coding rules was loaded; fired inside the loading transaction. */
public record CodingRulesChanged() {}
