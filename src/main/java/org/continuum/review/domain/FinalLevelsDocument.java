package org.continuum.review.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The canonical text of a period's final levels as the program director signs them (method {@value
 * #METHOD}): the period, every level ordered by trainee and code, and the signer. Its SHA-256 is
 * stored with the period.
 */
public final class FinalLevelsDocument {

  public static final String METHOD = "continuum-review-v1";

  private FinalLevelsDocument() {}

  public static String canonical(
      ReviewPeriod period, List<FinalLevel> levels, long signerId, String name, Instant at) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    levels.stream()
        .sorted(
            Comparator.comparingLong(FinalLevel::getTraineeId)
                .thenComparing(FinalLevel::getSubcompetencyCode))
        .forEach(
            l ->
                rows.add(
                    Json.createObjectBuilder()
                        .add("trainee", l.getTraineeId())
                        .add("code", l.getSubcompetencyCode())
                        .add("level", l.getLevel().text())));
    return Json.createObjectBuilder()
        .add("method", METHOD)
        .add("period", period.getId())
        .add("program", period.getProgramId())
        .add("academicYear", period.getAcademicYear())
        .add("term", period.getTerm().name())
        .add("levels", rows)
        .add(
            "signature",
            Json.createObjectBuilder()
                .add("signer", signerId)
                .add("printedName", name)
                .add("signedAt", at.toString()))
        .build()
        .toString();
  }
}
