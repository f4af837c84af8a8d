package org.continuum.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.continuum.evaluation.domain.AnonymousTally;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.evaluation.domain.FeedbackBatches;
import org.continuum.evaluation.domain.FeedbackRow;
import org.continuum.evaluation.domain.FormItem;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationView;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;

/**
 * The program's view of its evaluations: every request with its state (overdue ones first when
 * asked), and the anonymous feedback on rotations and teaching, in aggregate only.
 */
@ApplicationScoped
@Transactional
public class ProgramEvaluations {

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject EvaluationRepository evaluations;
  @Inject EvaluationFormRepository forms;
  @Inject Curriculum curriculum;
  @Inject PeopleDirectory people;
  @Inject FeedbackReleases releases;
  @Inject EvaluationSeals seals;

  /** The program's evaluations; for its director, coordinator and committee. */
  public Page<EvaluationRow> list(long programId, PageRequest request) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    return seals.withSeals(evaluations.ofProgram(programId, time.today(), request));
  }

  /**
   * How many anonymous evaluations of rotations and teaching the academic year asked for and how
   * many responses the nightly releases have passed on; the list never shows them one by one.
   */
  public AnonymousTally anonymousTally(long programId, int academicYear) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    AcademicYear year = new AcademicYear(academicYear);
    return evaluations.anonymousTally(programId, academicYear, year.start(), year.end());
  }

  /** The released anonymous feedback of an academic year, for the program director. */
  public FeedbackReport feedback(long programId, int academicYear) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    List<FeedbackRow> rows = evaluations.feedback(programId, academicYear);
    Map<Long, String> rotations = new HashMap<>();
    for (RotationView r : curriculum.rotations(programId)) {
      rotations.put(r.id(), r.name());
    }
    Set<Long> facultyIds = new HashSet<>();
    rows.forEach(
        r -> {
          if (r.aboutFacultyId() != null) {
            facultyIds.add(r.aboutFacultyId());
          }
        });
    Map<Long, String> names = people.displayNames(facultyIds);
    Map<Long, EvaluationForm> formCache = new HashMap<>();

    Map<List<Long>, List<FeedbackRow>> byGroup = new LinkedHashMap<>();
    for (FeedbackRow r : rows) {
      byGroup
          .computeIfAbsent(
              Arrays.asList(r.rotationId(), r.aboutFacultyId()), k -> new ArrayList<>())
          .add(r);
    }
    List<FeedbackReport.Group> groups = new ArrayList<>();
    for (Map.Entry<List<Long>, List<FeedbackRow>> g : byGroup.entrySet()) {
      List<FeedbackRow> answers = g.getValue();
      int responses = (int) answers.stream().map(FeedbackRow::feedbackId).distinct().count();
      boolean shown = FeedbackBatches.isShown(responses);
      Long rotationId = g.getKey().get(0);
      Long facultyId = g.getKey().get(1);
      groups.add(
          new FeedbackReport.Group(
              rotationId == null ? null : rotations.get(rotationId),
              facultyId == null ? null : names.get(facultyId),
              responses,
              shown,
              shown ? summarize(answers, formCache) : List.of()));
    }
    groups.sort(
        (a, b) -> Objects.toString(a.title()).compareToIgnoreCase(Objects.toString(b.title())));
    LocalDate releasedOn =
        rows.stream().map(FeedbackRow::releasedOn).max(LocalDate::compareTo).orElse(null);
    return new FeedbackReport(
        academicYear, FeedbackBatches.THRESHOLD, releases.batches().size(), releasedOn, groups);
  }

  /**
   * Items in form order; comments sorted, so their order tells nothing about who wrote them.
   * Ratings or comments that fewer than the threshold gave within one release are withheld.
   */
  private List<FeedbackReport.ItemSummary> summarize(
      List<FeedbackRow> answers, Map<Long, EvaluationForm> formCache) {
    Map<String, List<FeedbackRow>> byItem = new TreeMap<>();
    for (FeedbackRow r : answers) {
      EvaluationForm form =
          formCache.computeIfAbsent(r.formId(), id -> forms.findById(id).orElse(null));
      String prompt =
          form == null
              ? Wording.of("programEvaluations.item", r.itemSeq())
              : form.findItem(r.itemSeq())
                  .map(FormItem::getPrompt)
                  .orElse(Wording.of("programEvaluations.item", r.itemSeq()));
      // one scale per summary: an item moved from O-SCORE to the teaching scale is not averaged
      // with its earlier answers, though its prompt stayed
      String scale =
          form == null ? "" : form.findItem(r.itemSeq()).map(i -> i.getType().name()).orElse("");
      String key = String.format("%03d %s\t%s", r.itemSeq(), prompt, scale);
      byItem.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<FeedbackReport.ItemSummary> items = new ArrayList<>();
    for (Map.Entry<String, List<FeedbackRow>> item : byItem.entrySet()) {
      FeedbackRow first = item.getValue().get(0);
      EvaluationForm form = formCache.get(first.formId());
      FormItem formItem = form == null ? null : form.findItem(first.itemSeq()).orElse(null);
      // Counted release by release of the group: an item rated, or commented on,
      // by fewer than the threshold within a release stays out, even when earlier releases would
      // lift the total over it, or the difference between two reports would single it out.
      Map<String, List<FeedbackRow>> byRelease = new TreeMap<>();
      item.getValue()
          .forEach(r -> byRelease.computeIfAbsent(r.releaseBatch(), k -> new ArrayList<>()).add(r));
      double sum = 0;
      int rated = 0;
      int withheldRatings = 0;
      List<String> comments = new ArrayList<>();
      int withheldComments = 0;
      for (List<FeedbackRow> release : byRelease.values()) {
        List<Double> scores = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (FeedbackRow r : release) {
          if (formItem != null && r.value() != null) {
            var option = formItem.getType().option(r.value());
            if (option.isPresent() && option.get().score() != null) {
              scores.add(option.get().score());
            }
          }
          if (r.text() != null) {
            texts.add(r.text());
          }
        }
        if (FeedbackBatches.isShown(scores.size())) {
          sum += scores.stream().mapToDouble(Double::doubleValue).sum();
          rated += scores.size();
        } else {
          withheldRatings += scores.size();
        }
        if (FeedbackBatches.isShown(texts.size())) {
          comments.addAll(texts);
        } else {
          withheldComments += texts.size();
        }
      }
      Collections.sort(comments);
      items.add(
          new FeedbackReport.ItemSummary(
              item.getKey().substring(4, item.getKey().lastIndexOf('\t')),
              formItem == null ? "" : formItem.getType().label(),
              rated == 0 ? null : sum / rated,
              rated,
              withheldRatings,
              comments,
              withheldComments));
    }
    return items;
  }
}
