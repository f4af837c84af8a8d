package org.continuum.program.application;

import java.util.List;

/** A rotation as the director or coordinator edits it; id and version are null for a new one. */
public record RotationForm(
    Long id,
    Long version,
    String code,
    String name,
    String site,
    Integer lengthWeeks,
    String goals,
    List<RotationView.Objective> objectives,
    Boolean active) {}
