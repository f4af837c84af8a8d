package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.evaluation.application.EvaluationSeals;
import org.continuum.evaluation.application.MilestoneEvidence;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.MilestoneRating;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.learning.application.ModuleEvidence;
import org.continuum.learning.application.ModuleScore;
import org.continuum.procedure.application.ProgressLine;
import org.continuum.procedure.application.TraineeProgress;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.RosterRow;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.LevelProposal;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.RatingStats;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.TargetPlan;
import org.continuum.review.domain.Term;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * The competency committee's semiannual review: the program director opens a period; for each
 * trainee the committee reads the evidence packet and proposes a level per subcompetency. Only the
 * program's committee members and director (and administrators) take part; trainees never see it.
 */
@ApplicationScoped
@Transactional
public class CccReviews {

  static final String SUBJECT = "review-period";
  static final Role[] COMMITTEE = {Role.CCC_MEMBER, Role.PROGRAM_DIRECTOR};

  @Inject IdentifierGuards guards;
  @Inject EvaluationSeals evaluationSeals;
  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject ReviewRepository reviews;
  @Inject Frameworks frameworks;
  @Inject Enrollments enrollments;
  @Inject MilestoneEvidence evidence;
  @Inject ModuleEvidence moduleEvidence;
  @Inject TraineeProgress progress;
  @Inject AuditTrail audit;

  public List<PeriodView> periods(long programId) {
    access.requireInProgram(programId, COMMITTEE);
    return reviews.periods(programId).stream().map(PeriodView::of).toList();
  }

  public PeriodView period(long periodId) {
    return PeriodView.of(readable(periodId));
  }

  /** Opens the period (or returns it if open already); the program director's decision. */
  public PeriodView open(long programId, AcademicYear year, Term term) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    var existing = reviews.period(programId, year.startYear(), term);
    if (existing.isPresent()) {
      return PeriodView.of(existing.get());
    }
    ReviewPeriod period = ReviewPeriod.open(programId, year, term);
    reviews.add(period);
    reviews.flush();
    audit.record(
        AuditEventType.REVIEW_PERIOD_OPENED, SUBJECT, period.getId(), programId, period.label());
    return PeriodView.of(period);
  }

  /**
   * The review of today's term in a program, if its period was opened: for the work lists of the
   * director and the coordinator, who keep the committee to its dates.
   */
  public java.util.Optional<PeriodView> currentPeriod(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    LocalDate today = time.today();
    return reviews
        .period(programId, AcademicYear.containing(today).startYear(), Term.containing(today))
        .map(PeriodView::of);
  }

  /** The period of today, for the "open the current review" button. */
  public Term currentTerm() {
    return Term.containing(time.today());
  }

  /** The trainees of the period's academic year and how far the committee has got with each. */
  public List<BoardRow> board(long periodId) {
    ReviewPeriod period = readable(periodId);
    int subs = subcompetencies(period.getProgramId()).size();
    Map<Long, Integer> proposed = new HashMap<>();
    reviews.proposals(periodId).forEach(p -> proposed.merge(p.getTraineeId(), 1, Integer::sum));
    Map<Long, Integer> finals = new HashMap<>();
    reviews.finalLevels(periodId).forEach(f -> finals.merge(f.getTraineeId(), 1, Integer::sum));
    List<BoardRow> rows = new ArrayList<>();
    for (RosterRow r : roster(period)) {
      rows.add(
          new BoardRow(
              r.traineeId(),
              r.displayName(),
              r.pgy(),
              proposed.getOrDefault(r.traineeId(), 0),
              subs,
              finals.getOrDefault(r.traineeId(), 0)));
    }
    return rows;
  }

  /** Everything the committee reads about one trainee for the period. */
  public EvidencePacket packet(long periodId, long traineeId) {
    ReviewPeriod period = readable(periodId);
    long programId = period.getProgramId();
    RosterRow trainee =
        roster(period).stream()
            .filter(r -> r.traineeId() == traineeId)
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("cccReviews.trainee")));
    Map<String, List<MilestoneRating>> byCode = new HashMap<>();
    for (MilestoneRating r : evidence.ratings(programId, traineeId, period.end())) {
      byCode.computeIfAbsent(r.subcompetencyCode(), k -> new ArrayList<>()).add(r);
    }
    Map<String, LevelProposal> proposals = new HashMap<>();
    reviews.proposals(periodId, traineeId).forEach(p -> proposals.put(p.getSubcompetencyCode(), p));
    Map<String, String> finals = new HashMap<>();
    Map<String, String> previous = new HashMap<>();
    for (FinalLevel f : reviews.finalLevelsOf(programId, traineeId)) {
      if (f.getPeriodId() == periodId) {
        finals.put(f.getSubcompetencyCode(), f.getLevel().text());
      } else if (isBefore(f.getPeriodId(), period)) {
        previous.put(f.getSubcompetencyCode(), f.getLevel().text()); // ordered: the latest wins
      }
    }
    TargetPlan plan = new TargetPlan(reviews.targets(programId));
    Map<String, List<String>> moduleLines = new HashMap<>();
    for (ModuleScore score : moduleEvidence.resultsOf(programId, traineeId)) {
      for (String code : score.subcompetencyCodes()) {
        moduleLines.computeIfAbsent(code, k -> new ArrayList<>()).add(score.summary());
      }
    }
    List<PacketRow> rows = new ArrayList<>();
    for (SubcompetencyView sub : subcompetencies(programId)) {
      List<MilestoneRating> ratings = byCode.getOrDefault(sub.code(), List.of());
      LevelProposal proposal = proposals.get(sub.code());
      rows.add(
          new PacketRow(
              sub.code(),
              sub.title(),
              plan.expected(
                      sub.code(),
                      trainee.startDate(),
                      trainee.expectedGraduation(),
                      period.getTerm(),
                      period.start(),
                      period.end())
                  .text(),
              previous.get(sub.code()),
              stats(ratings, period, EvaluationKind.FACULTY_OF_TRAINEE, true),
              stats(ratings, period, EvaluationKind.DIRECT_OBSERVATION, true),
              stats(ratings, period, EvaluationKind.SELF_ASSESSMENT, true),
              stats(ratings, period, null, false),
              moduleLines.getOrDefault(sub.code(), List.of()),
              proposal == null ? null : proposal.getVersion(),
              proposal == null ? null : proposal.getLevel().text(),
              proposal == null ? null : proposal.getRationale(),
              proposal == null ? null : proposal.getModifiedBy(),
              finals.get(sub.code())));
    }
    List<EvidencePacket.MinimumLine> lines = new ArrayList<>();
    for (ProgressLine line : progress.of(programId, traineeId).lines()) {
      lines.add(
          new EvidencePacket.MinimumLine(
              line.minimum().label(),
              line.progress().verified(),
              line.progress().required(),
              line.progress().status().title()));
    }
    List<EvidencePacket.Comment> comments =
        evidence.comments(programId, traineeId, period.start(), period.end()).stream()
            .map(
                c ->
                    new EvidencePacket.Comment(
                        c.kind().label(),
                        String.valueOf(c.periodEnd()),
                        c.authorName(),
                        c.prompt(),
                        c.text()))
            .toList();
    return new EvidencePacket(
        PeriodView.of(period),
        traineeId,
        trainee.displayName(),
        trainee.pgy(),
        rows,
        lines,
        comments,
        previousPlan(period, traineeId),
        evaluationSeals.checkTrainee(period.getProgramId(), traineeId));
  }

  /** The plan after the program's latest review before this one, if that review has one. */
  private PlanView previousPlan(ReviewPeriod period, long traineeId) {
    return reviews.periods(period.getProgramId()).stream()
        .filter(p -> isBefore(p, period))
        .max(ReviewPeriod.CHRONOLOGICAL)
        .flatMap(p -> reviews.plan(p.getId(), traineeId).map(plan -> PlanView.of(plan, p.label())))
        .orElse(null);
  }

  /**
   * The committee's proposed level for a trainee and subcompetency; {@code expectedVersion} is the
   * proposal's version as read (null when there was none), so two members never overwrite each
   * other unseen.
   */
  public void propose(
      long periodId,
      long traineeId,
      String code,
      Long expectedVersion,
      String level,
      String rationale) {
    ReviewPeriod period = readable(periodId);
    period.requireOpen();
    if (subcompetencies(period.getProgramId()).stream().noneMatch(s -> s.code().equals(code))) {
      throw new RecordNotFoundException(Wording.of("cccReviews.subcompetency"));
    }
    if (roster(period).stream().noneMatch(r -> r.traineeId() == traineeId)) {
      throw new RecordNotFoundException(Wording.of("cccReviews.trainee"));
    }
    MilestoneLevel parsed = MilestoneLevel.parse(level);
    LevelProposal proposal = reviews.proposal(periodId, traineeId, code).orElse(null);
    if (proposal == null) {
      if (expectedVersion != null) {
        throw new RuleViolationException(Wording.of("cccReviews.proposalWasRemovedMeanwhile"));
      }
      proposal = new LevelProposal(period, traineeId, code);
      proposal.propose(period, parsed, rationale, guards.guard());
      reviews.add(proposal);
    } else {
      if (expectedVersion == null) {
        throw new ConcurrentEditException(proposal.getModifiedBy(), proposal.getModifiedAt());
      }
      proposal.requireVersion(expectedVersion);
      proposal.propose(period, parsed, rationale, guards.guard());
    }
    reviews.flush();
    audit.record(
        AuditEventType.LEVEL_PROPOSED,
        SUBJECT,
        periodId,
        period.getProgramId(),
        "trainee " + traineeId + " " + code + " " + parsed.text());
  }

  /** The program's subcompetencies, for other reports; the caller has checked access. */
  public List<SubcompetencyView> subcompetenciesOf(long programId) {
    return subcompetencies(programId);
  }

  /** The trainees of an academic year, for other reports; the caller has checked access. */
  public List<RosterRow> rosterOf(long programId, AcademicYear year) {
    return enrollments.wholeRoster(programId, year, Map.of());
  }

  /** The final levels of a period, for other reports. */
  public List<FinalLevel> finalLevelsOf(long periodId) {
    readable(periodId);
    return reviews.finalLevels(periodId);
  }

  ReviewPeriod readable(long periodId) {
    ReviewPeriod period =
        reviews
            .period(periodId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("cccReviews.review")));
    if (!access.holdsInProgram(period.getProgramId(), COMMITTEE)) {
      throw new RecordNotFoundException(Wording.of("cccReviews.review"));
    }
    return period;
  }

  List<SubcompetencyView> subcompetencies(long programId) {
    return frameworks
        .ofProgram(programId)
        .map(FrameworkView::subcompetencies)
        .orElseThrow(
            () -> new RuleViolationException(Wording.of("cccReviews.programHasChosenCompetency")));
  }

  List<RosterRow> roster(ReviewPeriod period) {
    return enrollments.wholeRoster(period.getProgramId(), period.year(), Map.of());
  }

  private boolean isBefore(long otherPeriodId, ReviewPeriod period) {
    return reviews.period(otherPeriodId).map(p -> isBefore(p, period)).orElse(false);
  }

  private static boolean isBefore(ReviewPeriod p, ReviewPeriod period) {
    return ReviewPeriod.CHRONOLOGICAL.compare(p, period) < 0;
  }

  /**
   * Statistics of ratings of one kind within the period ({@code inPeriod}), or of every kind before
   * the period starts.
   */
  static RatingStats stats(
      List<MilestoneRating> ratings, ReviewPeriod period, EvaluationKind kind, boolean inPeriod) {
    LocalDate start = period.start();
    List<Double> values = new ArrayList<>();
    for (MilestoneRating r : ratings) {
      LocalDate day = r.periodEnd() != null ? r.periodEnd() : LocalDate.of(1900, 1, 1);
      boolean within = !day.isBefore(start) && !day.isAfter(period.end());
      if (inPeriod ? within && r.kind() == kind : day.isBefore(start)) {
        values.add(Double.parseDouble(r.value()));
      }
    }
    return RatingStats.of(values);
  }
}
