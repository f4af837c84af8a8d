package org.continuum.learning.domain;

/** How far one trainee got with a module version in a program: finished an attempt, passed it. */
public record TraineeTry(long traineeId, boolean finished, boolean passed) {}
