package org.continuum.procedure.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One procedure's coding rules as a program sees them: the key of the rules in force ("core:1" or
 * "program-12:2"), whether they are the program's own, who published them and when, the bundled
 * key, and the procedure's rows in force and in the bundled rules, as Markdown table rows.
 */
public record ProcedureRules(
    String inForce,
    boolean own,
    Instant publishedAt,
    String publishedBy,
    String bundled,
    String procedureCode,
    String procedureName,
    String rows,
    String bundledRows)
    implements Serializable {}
