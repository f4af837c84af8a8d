package org.continuum.competency.application;

import java.util.List;
import org.continuum.competency.domain.CoreCompetency;

/** A subcompetency as the director edits it; id is null for a new one. */
public record SubcompetencyForm(
    Long id, String code, CoreCompetency competency, String title, List<String> levels) {}
