package org.continuum.evaluation.domain;

import java.io.Serializable;

/**
 * Anonymous evaluations requested in an academic year, and how many responses have been released to
 * the program: counts, never names, and the second moves only with the nightly release, never the
 * moment someone hands in.
 */
public record AnonymousTally(long requested, long released) implements Serializable {}
