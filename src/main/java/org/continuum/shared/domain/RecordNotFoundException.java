package org.continuum.shared.domain;

/** The record does not exist, or the caller may not know that it does. */
public class RecordNotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(String what) {
    super(what + " was not found.");
  }
}
