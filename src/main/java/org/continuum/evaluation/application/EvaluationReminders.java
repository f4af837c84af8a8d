package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.EVALUATION_REMINDERS_SENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.audit.application.AuditTrail;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.PersonOption;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Wording;

/**
 * One digest a day per person who has evaluations overdue or due within {@value #DUE_SOON_DAYS}
 * days. The message lists what is waiting (kind, for whom, due date) and nothing of its content. A
 * person is reminded at most once a day, and only marked reminded when the relay took the message.
 */
@ApplicationScoped
@Transactional
public class EvaluationReminders {

  static final int DUE_SOON_DAYS = 2;
  private static final Logger LOG = Logger.getLogger(EvaluationReminders.class.getName());

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject EvaluationRepository evaluations;
  @Inject PeopleDirectory people;
  @Inject ReminderMail mail;
  @Inject AuditTrail audit;

  /** Sends today's digests; for the daily job (as the system) or an administrator. */
  public ReminderReport sendDue() {
    access.requireAdmin();
    LocalDate today = time.today();
    Map<Long, List<Evaluation>> byPerson = new LinkedHashMap<>();
    for (Evaluation e : evaluations.toRemind(today.plusDays(DUE_SOON_DAYS), today)) {
      byPerson.computeIfAbsent(e.getEvaluatorId(), k -> new ArrayList<>()).add(e);
    }
    Set<Long> traineeIds = new HashSet<>();
    byPerson.values().forEach(list -> list.forEach(e -> traineeIds.add(e.getTraineeId())));
    Map<Long, String> names = people.displayNames(traineeIds);
    int messages = 0;
    int covered = 0;
    int failed = 0;
    for (Map.Entry<Long, List<Evaluation>> entry : byPerson.entrySet()) {
      PersonOption person = people.option(entry.getKey()).orElse(null);
      if (person == null || person.email() == null || person.email().isBlank()) {
        continue;
      }
      try {
        mail.send(
            person.email(),
            subject(entry.getValue(), today),
            body(person, entry.getValue(), names, today));
      } catch (ReminderMail.MailNotSent e) {
        LOG.log(Level.WARNING, "Reminder to account " + person.id() + " not sent", e);
        failed++;
        continue;
      }
      entry.getValue().forEach(e -> e.markReminded(today));
      messages++;
      covered += entry.getValue().size();
    }
    if (messages > 0 || failed > 0) {
      audit.record(
          EVALUATION_REMINDERS_SENT,
          "evaluation",
          null,
          null,
          messages + " messages for " + covered + " evaluations, " + failed + " failed");
    }
    return new ReminderReport(messages, covered, failed);
  }

  static String subject(List<Evaluation> waiting, LocalDate today) {
    long overdue = waiting.stream().filter(e -> e.isOverdue(today)).count();
    return overdue > 0
        ? Wording.of("reminder.subjectOverdue", waiting.size(), overdue)
        : Wording.of("reminder.subjectDue", waiting.size());
  }

  static String body(
      PersonOption person, List<Evaluation> waiting, Map<Long, String> names, LocalDate today) {
    StringBuilder b = new StringBuilder();
    b.append(Wording.of("reminder.greeting", person.displayName())).append("\n\n");
    b.append(Wording.of("reminder.waiting")).append("\n\n");
    for (Evaluation e : waiting) {
      b.append("- ").append(e.getKind().label());
      if (!e.getKind().isAnonymous() && e.getTraineeId() != e.getEvaluatorId()) {
        b.append(": ")
            .append(names.getOrDefault(e.getTraineeId(), Wording.of("reminder.aTrainee")));
      }
      b.append(
          e.isOverdue(today)
              ? Wording.of("reminder.dueOverdue", e.getDueOn())
              : Wording.of("reminder.due", e.getDueOn()));
      b.append('\n');
    }
    b.append('\n').append(Wording.of("reminder.signIn")).append('\n');
    b.append(Wording.of("reminder.oncePerDay")).append('\n');
    return b.toString();
  }
}
