package org.continuum.shared.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input broke a rule; each error names the field and the rule, so the form can show it in place.
 */
public class InvalidInputException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** {@code field} is the property name used by forms and the API (e.g. "username"). */
  public record FieldError(String field, String message) {}

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
