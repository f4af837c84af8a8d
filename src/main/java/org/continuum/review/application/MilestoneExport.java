package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.domain.RosterRow;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.shared.application.TableExports;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Wording;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The milestone file for the accreditor: one row per trainee and subcompetency of a finalised
 * period. Its layout is a configurable mapping ({@code CONTINUUM_MILESTONE_EXPORT_COLUMNS}): a
 * comma-separated list of {@code Header=field} (or just {@code field}), fields from {@link
 * #FIELDS}.
 */
@ApplicationScoped
@Transactional
public class MilestoneExport {

  public static final List<String> FIELDS =
      List.of(
          "program_code",
          "academic_year",
          "term",
          "trainee_username",
          "trainee_name",
          "trainee_email",
          "subcompetency_code",
          "level");

  @Inject
  @ConfigProperty(
      name = "continuum.milestone-export.columns",
      defaultValue =
          "Program=program_code,Academic year=academic_year,Period=term,"
              + "Trainee ID=trainee_username,Trainee=trainee_name,Email=trainee_email,"
              + "Subcompetency=subcompetency_code,Level=level")
  String columns;

  @Inject CccReviews reviews;
  @Inject ReviewRepository repository;
  @Inject ProgramDirectory programs;
  @Inject AuditTrail audit;
  @Inject TableExports tables;
  @Inject Sealer sealer;

  /** Header to field, in order, from a mapping such as "ResidentID=trainee_username,level". */
  public static Map<String, String> layout(String mapping) {
    Map<String, String> layout = new LinkedHashMap<>();
    for (String entry : mapping.split(",")) {
      String[] parts = entry.split("=", 2);
      String header = parts[0].strip();
      String field = (parts.length == 2 ? parts[1] : parts[0]).strip();
      if (!FIELDS.contains(field)) {
        throw new InvalidInputException(
            "columns", Wording.of("milestoneExport.unknownExportFieldKnown", field, FIELDS));
      }
      layout.put(header, field);
    }
    return layout;
  }

  /**
   * Refuses a period that cannot be exported: not finalised yet, or whose final levels no longer
   * match their seal (a file for the accreditor must be what the director signed). Callers check
   * this before they start streaming the file.
   */
  public void requireExportable(long periodId) {
    ReviewPeriod period = reviews.readable(periodId);
    if (!period.isFinalised()) {
      throw new RuleViolationException(Wording.of("milestoneExport.onlyFinalizedReviewExported"));
    }
    SealCheck seal = period.check(repository.finalLevels(periodId), sealer);
    if (!seal.isTrustworthy()) {
      throw new RuleViolationException(
          Wording.of("milestoneExport.finalLevelsReviewDo", seal.title()));
    }
  }

  /**
   * Writes the CSV of a finalised period (the file name is for the caller), through the same
   * formula-safe writer as every export.
   */
  public void write(long periodId, OutputStream out) {
    requireExportable(periodId);
    ReviewPeriod period = reviews.readable(periodId);
    Map<String, String> layout = layout(columns);
    Map<Long, RosterRow> trainees = new HashMap<>();
    reviews.roster(period).forEach(r -> trainees.put(r.traineeId(), r));
    String programCode = programs.get(period.getProgramId()).code();
    try (TableExports.RowWriter csv = tables.csv(List.copyOf(layout.keySet()), out)) {
      for (FinalLevel level : repository.finalLevels(periodId)) {
        RosterRow t = trainees.get(level.getTraineeId());
        List<Object> row = new ArrayList<>();
        for (String field : layout.values()) {
          row.add(value(field, programCode, period, t, level));
        }
        csv.row(row);
      }
    }
    audit.record(
        AuditEventType.MILESTONES_EXPORTED,
        CccReviews.SUBJECT,
        periodId,
        period.getProgramId(),
        period.label());
  }

  public String fileName(long periodId) {
    ReviewPeriod period = reviews.readable(periodId);
    return "milestones-"
        + programs.get(period.getProgramId()).code()
        + "-"
        + period.year().label()
        + "-"
        + period.getTerm().name().toLowerCase(java.util.Locale.ROOT)
        + ".csv";
  }

  private static String value(
      String field, String programCode, ReviewPeriod period, RosterRow t, FinalLevel level) {
    return switch (field) {
      case "program_code" -> programCode;
      case "academic_year" -> period.year().label();
      case "term" -> period.getTerm().label();
      case "trainee_username" -> t == null ? String.valueOf(level.getTraineeId()) : t.username();
      case "trainee_name" -> t == null ? "" : t.displayName();
      case "trainee_email" -> t == null ? "" : t.email();
      case "subcompetency_code" -> level.getSubcompetencyCode();
      default -> level.getLevel().text();
    };
  }
}
