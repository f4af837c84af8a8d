package org.continuum.audit.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as an administrator reads it: what happened in words, who by name (the username
 * too, as recorded), and what it was about ("Dr. Lily Chen" for an account, "Evaluation #12").
 */
public record AuditRow(
    long id,
    Instant occurredAt,
    String what,
    String who,
    String username,
    String subject,
    String detail,
    String origin)
    implements Serializable {}
