package org.continuum.program.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.competency.application.FrameworkSummary;
import org.continuum.competency.application.Frameworks;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.application.RotationForm;
import org.continuum.program.application.RotationView;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "curriculum" document (seed-content/README.md): the framework a program uses, its
 * rotations, who teaches on them and the block schedule. Schedule blocks are the months of the
 * current academic year (July first), so a demo schedule never goes stale. Rotations are matched by
 * code; teachers and blocks already there are left alone.
 */
@ApplicationScoped
public class CurriculumSeedImporter implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      String program,
      FrameworkRef framework,
      List<RotationEntry> rotations,
      List<TeacherEntry> teachers,
      List<ScheduleEntry> schedule) {}

  public record FrameworkRef(String code, Integer version) {}

  public record RotationEntry(
      String code,
      String name,
      String site,
      Integer lengthWeeks,
      String goals,
      List<RotationView.Objective> objectives) {}

  public record TeacherEntry(String rotation, String username, LocalDate startDate) {}

  /** Twelve rotation codes, July to June of the current academic year; null for none. */
  public record ScheduleEntry(String username, List<String> months) {}

  @Inject ProgramAdministration programs;
  @Inject PeopleDirectory people;
  @Inject Frameworks frameworks;
  @Inject Curriculum curriculum;
  @Inject InstitutionTime time;

  @Override
  public String kind() {
    return "curriculum";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    ProgramView program = programs.requireByCode("program", d.program());
    List<String> report = new ArrayList<>();
    if (d.framework() != null) {
      report.add(adopt(program, d.framework()));
    }
    SeedDocuments.each("rotations", d.rotations(), e -> report.add(rotation(program, e)));
    SeedDocuments.each("teachers", d.teachers(), e -> report.add(teacher(program, e)));
    SeedDocuments.each("schedule", d.schedule(), e -> report.add(schedule(program, e)));
    return report;
  }

  private String adopt(ProgramView program, FrameworkRef ref) {
    FrameworkSummary chosen =
        frameworks.list().stream()
            .filter(f -> f.code().equals(ref.code()))
            .filter(f -> ref.version() == null || f.frameworkVersion() == ref.version())
            .reduce((a, b) -> b) // the highest version when none is named
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "framework",
                        Wording.of("curriculumSeedImporter.frameworkLoaded", ref.code())));
    frameworks.adopt(program.id(), chosen.id());
    return program.code()
        + " uses "
        + chosen.code()
        + " version "
        + chosen.frameworkVersion()
        + ".";
  }

  private String rotation(ProgramView program, RotationEntry e) {
    RotationView existing =
        curriculum.rotations(program.id()).stream()
            .filter(r -> r.code().equalsIgnoreCase(e.code() == null ? "" : e.code()))
            .findFirst()
            .orElse(null);
    curriculum.saveRotation(
        program.id(),
        new RotationForm(
            existing == null ? null : existing.id(),
            existing == null ? null : existing.version(),
            e.code(),
            e.name(),
            e.site(),
            e.lengthWeeks(),
            e.goals(),
            e.objectives(),
            true));
    return existing == null
        ? Wording.of("seed.rotationCreated", e.code())
        : Wording.of("seed.rotationUpdated", e.code());
  }

  private String teacher(ProgramView program, TeacherEntry e) {
    long rotationId = rotationId(program, e.rotation());
    long facultyId = personId(e.username());
    boolean already =
        curriculum.teachers(program.id()).stream()
            .anyMatch(t -> t.rotationId() == rotationId && t.facultyId() == facultyId);
    if (already) {
      return e.username() + " already teaches on " + e.rotation() + ".";
    }
    curriculum.addTeacher(program.id(), rotationId, facultyId, e.startDate());
    return e.username() + " teaches on " + e.rotation() + ".";
  }

  private String schedule(ProgramView program, ScheduleEntry e) {
    long traineeId = personId(e.username());
    AcademicYear year = AcademicYear.containing(time.today());
    List<String> months = e.months() == null ? List.of() : e.months();
    if (months.size() > 12) {
      throw new InvalidInputException(
          "months", Wording.of("curriculumSeedImporter.yearHasTwelveMonths"));
    }
    int made = 0;
    int i = 0;
    while (i < months.size()) {
      String code = months.get(i);
      int j = i;
      while (j + 1 < months.size() && code != null && code.equals(months.get(j + 1))) {
        j++; // consecutive months on one rotation make one block
      }
      if (code != null) {
        LocalDate start = year.start().plusMonths(i);
        LocalDate end = year.start().plusMonths(j + 1).minusDays(1);
        boolean there =
            curriculum.schedule(program.id(), start, end).stream()
                .anyMatch(a -> a.traineeId() == traineeId);
        if (!there) {
          curriculum.assign(program.id(), traineeId, rotationId(program, code), start, end);
          made++;
        }
      }
      i = j + 1;
    }
    return made + " blocks scheduled for " + e.username() + ".";
  }

  private long rotationId(ProgramView program, String code) {
    return curriculum.rotations(program.id()).stream()
        .filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "rotation", Wording.of("curriculumSeedImporter.rotationKnown", code)))
        .id();
  }

  private long personId(String username) {
    return people
        .findByUsername(username == null ? "" : username)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "username", Wording.of("curriculumSeedImporter.personKnown", username)))
        .id();
  }
}
