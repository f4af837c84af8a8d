package org.continuum.procedure.application;

import java.io.Serializable;

/**
 * A problem with one cell of an imported file, or with a whole row or the file when column is null.
 */
public record ImportProblem(int line, String column, String message) implements Serializable {}
