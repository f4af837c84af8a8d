package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.TargetPlan;
import org.continuum.review.domain.Targets;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee's milestone levels over time, against their targets: for the trainee themselves and for
 * their program's committee and director. Only finalised periods count.
 */
@ApplicationScoped
@Transactional
public class Trajectories {

  @Inject AccessPolicy access;
  @Inject ReviewRepository reviews;
  @Inject Frameworks frameworks;
  @Inject Enrollments enrollments;
  @Inject MilestoneTargets targets;
  @Inject PeopleDirectory people;

  public Trajectory of(long programId, long traineeId) {
    access.requireTraineeRecordReadable(programId, traineeId);
    TraineeEnrollmentView enrollment =
        enrollments
            .enrollmentOf(programId, traineeId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("trajectories.trainee")));
    List<ReviewPeriod> periods = new ArrayList<>(reviews.periods(programId));
    periods.removeIf(p -> !p.isFinalised());
    periods.sort(ReviewPeriod.CHRONOLOGICAL);
    Map<Long, Map<String, String>> levels = new HashMap<>();
    for (FinalLevel f : reviews.finalLevelsOf(programId, traineeId)) {
      levels
          .computeIfAbsent(f.getPeriodId(), k -> new HashMap<>())
          .put(f.getSubcompetencyCode(), f.getLevel().text());
    }
    periods.removeIf(p -> !levels.containsKey(p.getId()));
    TargetPlan plan = targets.plan(programId);
    List<Trajectory.Line> lines = new ArrayList<>();
    List<SubcompetencyView> subs =
        frameworks.ofProgram(programId).map(FrameworkView::subcompetencies).orElse(List.of());
    for (SubcompetencyView sub : subs) {
      List<Trajectory.Point> points = new ArrayList<>();
      for (ReviewPeriod p : periods) {
        String level = levels.get(p.getId()).get(sub.code());
        MilestoneLevel target =
            plan.expected(
                sub.code(),
                enrollment.startDate(),
                enrollment.expectedGraduation(),
                p.getTerm(),
                p.start(),
                p.end());
        points.add(
            new Trajectory.Point(
                level == null ? "" : level, target.text(), Targets.standing(level, target)));
      }
      lines.add(new Trajectory.Line(sub.code(), sub.title(), points));
    }
    return new Trajectory(
        programId,
        enrollment.program().name(),
        people.displayNames(List.of(traineeId)).getOrDefault(traineeId, ""),
        periods.stream().map(ReviewPeriod::label).toList(),
        lines);
  }
}
