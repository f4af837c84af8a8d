package org.continuum.procedure.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One procedure's coding rules as a program sees them: the key of the rules in force ("core:1" or
 * "program-12:2"), whether they are the program's own, who published them and when, the bundled
 * key, the procedure's rows in force and in the bundled rules, as Markdown table rows, and what the
 * rules in force fail to code in the catalog as it is now (empty when they cover it), and why the
 * program's own rules could not be carried onto the latest bundled rules (empty when they were).
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
    String bundledRows,
    List<String> coverageProblems,
    List<String> carryProblems)
    implements Serializable {}
