package org.continuum.shared.domain;

/** The request is well formed but breaks a business rule (e.g. enrolling someone twice). */
public class RuleViolationException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RuleViolationException(String userMessage) {
    super(userMessage);
  }
}
