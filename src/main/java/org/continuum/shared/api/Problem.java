package org.continuum.shared.api;

import java.util.List;

/**
 * An error answer (RFC 9457 problem details, as application/problem+json). {@code errors} names
 * each invalid field and the rule it broke; {@code reference} ties an unexpected error to the
 * server log.
 */
public record Problem(
    int status, String title, String detail, List<FieldProblem> errors, String reference) {

  public record FieldProblem(String field, String message) {}
}
