package org.continuum.evaluation.application;

/** Sends one reminder message; implemented with the application server's mail session. */
public interface ReminderMail {

  /**
   * @throws MailNotSent when the relay refuses or cannot be reached
   */
  void send(String to, String subject, String body);

  /** The message could not be handed to the mail relay. */
  class MailNotSent extends RuntimeException {
    public MailNotSent(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
