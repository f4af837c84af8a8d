package org.continuum.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.evaluation.application.IssueReport;
import org.continuum.evaluation.domain.AnswerInput;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.evaluation.domain.FormItem;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.evaluation.domain.ScaleOption;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Wording;

/**
 * Gives the demo programs evaluations in several states: requests issued from this academic year's
 * schedule as the daily job would, then, by age, completed, drafts, untouched (some overdue), one
 * cancelled, and direct observations asked for on recent settled procedures. Answers are drawn
 * around a level that rises with the trainee's seniority; the same seed gives the same demo.
 *
 * <p>A seed never acts in a person's name: a completed demo evaluation is sealed as IMPORTED (no
 * signer, "Imported from a previous system (demo seed)"), never signed by its demo evaluator, and
 * nothing is acknowledged, amended or handed in anonymously for a demo person. Those acts are left
 * for the people of the demo to do themselves.
 */
@ApplicationScoped
public class DemoEvaluations implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      long seed,
      List<String> programs,
      Map<String, List<String>> narratives) {}

  @Inject Sealer sealer;
  @Inject IdentifierGuards guards;
  @Inject ProgramAdministration programs;
  @Inject EvaluationRequests requests;
  @Inject EvaluationRepository evaluations;
  @Inject EvaluationFormRepository forms;
  @Inject InstitutionTime time;
  @Inject Clock clock;

  @PersistenceContext EntityManager em;

  @Override
  public boolean demoOnly() {
    return true;
  }

  @Override
  public String kind() {
    return "demo-evaluations";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    Random random = new Random(d.seed());
    List<String> report = new ArrayList<>();
    LocalDate today = time.today();
    LocalDate yearStart = AcademicYear.containing(today).start();
    Map<String, List<String>> texts = d.narratives() == null ? Map.of() : d.narratives();
    for (String code : d.programs() == null ? List.<String>of() : d.programs()) {
      ProgramView program = programs.requireByCode("programs", code);
      IssueReport issued = requests.issueFromSchedule(program.id(), yearStart);
      int observations = observations(program.id(), random);
      int[] states = fill(program.id(), today, random, texts);
      report.add(
          Wording.of(
              "demoEvaluations.requestsEndedBlocksDirect",
              code,
              issued.created(),
              issued.blocks(),
              observations,
              states[0],
              states[1],
              states[2]));
    }
    return report;
  }

  /** Direct observations asked for on a few recent settled entries. */
  private int observations(long programId, Random random) {
    var form = forms.currentFor(programId, EvaluationKind.DIRECT_OBSERVATION);
    if (form.isEmpty()) {
      return 0;
    }
    List<Object[]> recent =
        em.createQuery(
                "select l.id, l.traineeId, l.supervisorId, l.performedOn from ProcedureLog l"
                    + " where l.programId = :p and l.status in"
                    + " (org.continuum.procedure.domain.LogStatus.VERIFIED,"
                    + " org.continuum.procedure.domain.LogStatus.IMPORTED)"
                    + " order by l.performedOn desc, l.id desc",
                Object[].class)
            .setParameter("p", programId)
            .setMaxResults(40)
            .getResultList();
    int made = 0;
    for (Object[] log : recent) {
      if (random.nextInt(5) != 0 || made >= 6) {
        continue;
      }
      String key = "L" + log[0];
      if (evaluations.existsByRequestKey(key)) {
        continue;
      }
      LocalDate on = (LocalDate) log[3];
      evaluations.add(
          Evaluation.request(
              new Evaluation.Request(
                  form.get(),
                  (Long) log[2],
                  (Long) log[1],
                  null,
                  null,
                  null,
                  (Long) log[0],
                  on,
                  on,
                  on.plusDays(7),
                  key,
                  (Long) log[1])));
      made++;
    }
    evaluations.flush();
    return made;
  }

  /** Moves the program's open evaluations along, older ones further. */
  private int[] fill(
      long programId, LocalDate today, Random random, Map<String, List<String>> texts) {
    List<Evaluation> open =
        em.createQuery(
                "select e from Evaluation e where e.programId = :p and e.status = :requested"
                    + " order by e.id",
                Evaluation.class)
            .setParameter("p", programId)
            .setParameter("requested", EvaluationStatus.REQUESTED)
            .getResultList();
    int signed = 0;
    int drafts = 0;
    int untouched = 0;
    boolean cancelled = false;
    for (Evaluation e : open) {
      LocalDate end = e.getPeriodEnd() == null ? today : e.getPeriodEnd();
      long age = today.toEpochDay() - end.toEpochDay();
      int roll = random.nextInt(100);
      if (!cancelled && e.getKind() == EvaluationKind.FACULTY_OF_TRAINEE && age > 30) {
        e.cancel("Trainee was on leave for most of this block.", guards.guard());
        cancelled = true;
        continue;
      }
      // older blocks are mostly done; the latest ones leave work waiting, some of it overdue
      boolean complete = age > 45 ? roll < 85 : age > 15 ? roll < 35 : roll < 10;
      boolean draft = !complete && (age > 45 ? roll < 90 : age > 15 ? roll < 65 : roll < 40);
      if (!complete && !draft) {
        untouched++;
        continue;
      }
      e.saveDraft(e.getEvaluatorId(), answers(e, random, texts, !complete), guards.guard());
      evaluations.flush(); // answers are written before the evaluation is sealed
      if (!complete) {
        drafts++;
        continue;
      }
      if (e.getKind().isAnonymous()) {
        // handing it in would be the trainee's act: the completed answers wait as their draft
        drafts++;
        continue;
      }
      e.recordAsImported("demo seed", instantAfter(end, today, random), sealer);
      signed++;
      evaluations.flush();
    }
    evaluations.flush();
    return new int[] {signed, drafts, untouched};
  }

  private List<AnswerInput> answers(
      Evaluation e, Random random, Map<String, List<String>> texts, boolean partial) {
    double base = 1.5 + (e.getTraineeId() % 4) * 0.75; // a steady level per trainee
    List<AnswerInput> answers = new ArrayList<>();
    for (FormItem item : e.getForm().getItems()) {
      if (partial && random.nextBoolean()) {
        continue;
      }
      ItemType type = item.getType();
      if (type == ItemType.NARRATIVE) {
        List<String> pool = texts.getOrDefault(e.getKind().name(), texts.get("default"));
        if (pool != null && !pool.isEmpty()) {
          answers.add(new AnswerInput(item.getSeq(), null, pool.get(random.nextInt(pool.size()))));
        }
        continue;
      }
      List<ScaleOption> scale = type.options().stream().filter(o -> o.score() != null).toList();
      double max = scale.get(scale.size() - 1).score();
      double wanted = Math.min(max, Math.max(1, base * max / 5 + random.nextGaussian() * 0.5));
      ScaleOption nearest = scale.get(0);
      for (ScaleOption o : scale) {
        if (Math.abs(o.score() - wanted) < Math.abs(nearest.score() - wanted)) {
          nearest = o;
        }
      }
      String value =
          type == ItemType.MILESTONE && random.nextInt(20) == 0
              ? ItemType.NOT_YET_ASSESSABLE
              : nearest.value();
      answers.add(new AnswerInput(item.getSeq(), value, null));
    }
    return answers;
  }

  private Instant instantAfter(LocalDate end, LocalDate today, Random random) {
    long span = Math.max(0, today.toEpochDay() - end.toEpochDay() - 1);
    LocalDate day = end.plusDays(span == 0 ? 0 : 1 + random.nextInt((int) Math.min(span, 12)));
    LocalTime at = LocalTime.of(7 + random.nextInt(11), random.nextInt(60));
    return notLaterThanNow(day.atTime(at).atZone(time.zone()).toInstant());
  }

  private Instant notLaterThanNow(Instant at) {
    Instant latest = clock.instant().minusSeconds(600);
    return at.isAfter(latest) ? latest : at;
  }
}
