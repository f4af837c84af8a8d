package org.continuum.review.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's targets, resolved for one trainee and period: the target set for that subcompetency,
 * else the one set for all subcompetencies, else the default path to level 4 by graduation ({@link
 * Targets}).
 */
public final class TargetPlan {

  private final Map<String, MilestoneLevel> set = new HashMap<>();

  public TargetPlan(List<MilestoneTarget> targets) {
    for (MilestoneTarget t : targets) {
      set.put(key(t.getSubcompetencyCode(), t.getTrainingYear(), t.getTerm()), t.getLevel());
    }
  }

  /** The year of training a period falls in, counted from the trainee's start (1 = first). */
  public static int trainingYear(LocalDate start, LocalDate periodStart) {
    return (int) Math.max(0, ChronoUnit.MONTHS.between(start, periodStart)) / 12 + 1;
  }

  public MilestoneLevel expected(
      String code,
      LocalDate start,
      LocalDate graduation,
      Term term,
      LocalDate periodStart,
      LocalDate periodEnd) {
    int year = trainingYear(start, periodStart);
    MilestoneLevel own = set.get(key(code, year, term));
    if (own != null) {
      return own;
    }
    MilestoneLevel all = set.get(key(MilestoneTarget.ALL, year, term));
    return all != null ? all : Targets.expected(start, graduation, periodEnd);
  }

  private static String key(String code, int year, Term term) {
    return code + "|" + year + "|" + term;
  }
}
