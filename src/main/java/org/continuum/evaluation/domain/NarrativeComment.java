package org.continuum.evaluation.domain;

import java.time.LocalDate;

/** A text answer of a signed evaluation about a trainee, with its prompt and author. */
public record NarrativeComment(
    EvaluationKind kind, LocalDate periodEnd, String prompt, String text, String authorName) {}
