package org.continuum.evaluation.domain;

import java.io.Serializable;

/** What one reader may do with an evaluation now; {@link Evaluation#permissionsFor} decides. */
public record EvaluationPermissions(
    boolean edit, boolean sign, boolean submit, boolean acknowledge, boolean amend)
    implements Serializable {}
