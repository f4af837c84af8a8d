package org.continuum.evaluation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.continuum.evaluation.application.ReminderMail;

/**
 * Sends reminders through the server's mail session (config/server.cli: relay host and port from
 * CONTINUUM_SMTP_HOST and CONTINUUM_SMTP_PORT, sender from CONTINUUM_MAIL_FROM).
 */
@ApplicationScoped
public class SmtpReminderMail implements ReminderMail {

  @Resource(lookup = "java:jboss/mail/Continuum")
  Session session;

  @Override
  public void send(String to, String subject, String body) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(); // the session's configured sender
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailNotSent("The reminder could not be handed to the mail relay.", e);
    }
  }
}
