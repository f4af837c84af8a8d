package org.continuum.shared.domain;

/**
 * A refusal the user can act on. Its message is written for the user and may be shown as it is;
 * everything else that goes wrong is logged and shown only as a generic message with a reference.
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected DomainException(String userMessage) {
    super(userMessage);
  }

  /** The message written for the person who asked: safe to show on a page or in an API answer. */
  public String userMessage() {
    return getMessage();
  }
}
