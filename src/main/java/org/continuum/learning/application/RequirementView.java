package org.continuum.learning.application;

import java.io.Serializable;

/** A program's module requirement as the director edits it. */
public record RequirementView(
    long id,
    long version,
    String moduleCode,
    String moduleTitle,
    Integer byPgy,
    Long rotationId,
    String when)
    implements Serializable {}
