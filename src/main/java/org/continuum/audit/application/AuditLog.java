package org.continuum.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.continuum.audit.domain.AuditEvent;
import org.continuum.audit.domain.AuditEventRepository;
import org.continuum.shared.domain.ActorProvider;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;

/** Reading the audit trail: administrators only. */
@ApplicationScoped
@Transactional
public class AuditLog {

  @Inject AuditReaders readers;
  @Inject AuditEventRepository events;
  @Inject AuditPeople people;

  /** The subject type identity gives sign-in and account events. */
  private static final String ACCOUNT = "account";

  public Page<AuditRow> list(PageRequest request) {
    readers.requireReader();
    Page<AuditEvent> page = events.list(request);
    Set<Long> ids = new HashSet<>();
    for (AuditEvent e : page.items()) {
      if (e.getActorId() != null) {
        ids.add(e.getActorId());
      }
      if (ACCOUNT.equals(e.getSubjectType()) && e.getSubjectId() != null) {
        ids.add(e.getSubjectId());
      }
    }
    Map<Long, String> names = people.displayNames(ids);
    return page.map(e -> row(e, names));
  }

  private static AuditRow row(AuditEvent e, Map<Long, String> names) {
    String who =
        e.getActorId() != null && names.containsKey(e.getActorId())
            ? names.get(e.getActorId())
            // a sign-in attempt records the name typed, which anyone may type as "system"
            : ActorProvider.SYSTEM.equals(e.getActorName())
                    && !e.getType().name().startsWith("SIGN_IN")
                ? Wording.of("actor.system")
                : e.getActorName();
    return new AuditRow(
        e.getId(),
        e.getOccurredAt(),
        e.getType().words(),
        who,
        e.getActorName(),
        subject(e, names),
        e.getDetail(),
        e.getOrigin());
  }

  /** "Dr. Lily Chen" for an account, "Evaluation #12" for anything else, "" for nothing. */
  private static String subject(AuditEvent e, Map<Long, String> names) {
    if (e.getSubjectType() == null) {
      return "";
    }
    if (ACCOUNT.equals(e.getSubjectType()) && names.containsKey(e.getSubjectId())) {
      return names.get(e.getSubjectId());
    }
    String kind = e.getSubjectType().replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[-_]", " ");
    kind = Character.toUpperCase(kind.charAt(0)) + kind.substring(1).toLowerCase(Locale.ROOT);
    return e.getSubjectId() == null ? kind : kind + " #" + e.getSubjectId();
  }
}
