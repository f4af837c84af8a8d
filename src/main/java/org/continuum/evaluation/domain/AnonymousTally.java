package org.continuum.evaluation.domain;

import java.io.Serializable;

/** Anonymous evaluations requested in a period and how many were handed in: counts, never names. */
public record AnonymousTally(long requested, long handedIn) implements Serializable {}
