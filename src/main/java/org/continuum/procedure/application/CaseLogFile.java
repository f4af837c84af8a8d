package org.continuum.procedure.application;

import java.util.List;
import java.util.Map;
import org.continuum.procedure.domain.CaseLogColumn;

/**
 * A case log file as read, before anything is checked against a program: each line's values by
 * column, and the problems reading found. Names a program resolves (trainee, supervisor, procedure)
 * are still text.
 *
 * @param rows the data rows read
 * @param lines the rows, each with its values or its problems
 * @param fileProblems problems with the file as a whole (its header, its size, its encoding), after
 *     the lines' own
 */
public record CaseLogFile(int rows, List<Line> lines, List<ImportProblem> fileProblems) {

  /** One row: its line number in the file, its values and what was wrong with its cells. */
  public record Line(int number, Map<CaseLogColumn, Object> values, List<ImportProblem> problems) {

    public Object value(CaseLogColumn column) {
      return values.get(column);
    }
  }
}
