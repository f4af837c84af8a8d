package org.continuum.shared.domain;

/** The caller's role or relation to the record does not allow this. */
public class AccessDeniedException extends DomainException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super(Wording.of("access.denied"));
  }
}
