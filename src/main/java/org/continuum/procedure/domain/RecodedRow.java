package org.continuum.procedure.domain;

import java.time.LocalDate;

/**
 * An entry whose codes the one-off coding changed or could not give, with what the director needs
 * to judge it: the codes it has now (a trainee may since have added what was missing) and, while it
 * has none, why.
 */
public record RecodedRow(
    long logId,
    LocalDate performedOn,
    String procedureName,
    String traineeName,
    LogStatus status,
    String previousCode,
    String codedAs,
    String problem) {}
