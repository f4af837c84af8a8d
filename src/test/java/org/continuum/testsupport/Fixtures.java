package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.competency.application.FrameworkSummary;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.domain.FrameworkStatus;
import org.continuum.evaluation.application.EvaluationForms;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.evaluation.application.FormView;
import org.continuum.evaluation.application.IssueReport;
import org.continuum.evaluation.application.ItemInput;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.EnrollTrainee;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.application.NewProgram;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.RotationForm;
import org.continuum.program.application.RotationView;
import org.continuum.program.domain.ProgramKind;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AcademicYear;

/**
 * Creates test data through the real application services. Every name carries a unique suffix, so
 * tests never depend on each other or on what an earlier run left in the database.
 */
@ApplicationScoped
public class Fixtures {

  public static final String PASSWORD = "test pass phrase 42";

  private static final AtomicLong SEQUENCE = new AtomicLong();

  @Inject TestAccounts testAccounts;
  @Inject AccountRepository accountRepository;
  @Inject RoleAssignments roles;
  @Inject ProgramAdministration programs;
  @Inject Enrollments enrollments;
  @Inject FacultyAppointments appointments;
  @Inject InstitutionTime time;
  @Inject ProcedureStandards standards;
  @Inject ProcedureCatalogRepository catalog;
  @Inject Frameworks frameworks;
  @Inject Curriculum curriculum;
  @Inject EvaluationForms evaluationForms;
  @Inject EvaluationRequests evaluationRequests;

  public static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36)
        + SEQUENCE.incrementAndGet();
  }

  public Person person(String prefix) {
    return person(prefix, null);
  }

  /** A person with a name of the usual shape; otherwise "Test prefix suffix". */
  public Person person(String prefix, String displayName) {
    String suffix = unique();
    String username = (prefix + "." + suffix).toLowerCase(Locale.ROOT);
    String name = displayName == null ? "Test " + prefix + " " + suffix : displayName;
    Account account = testAccounts.create(username, name, username + "@example.org");
    return new Person(account.getId(), account.getUsername());
  }

  public boolean accountExists(String username) {
    return accountRepository.findByUsername(Account.normalizeUsername(username)).isPresent();
  }

  public long residency() {
    return program(ProgramKind.RESIDENCY);
  }

  public long program(ProgramKind kind) {
    String code = ("T" + unique()).toUpperCase(Locale.ROOT);
    return SystemContext.call(
        () ->
            programs
                .create(
                    new NewProgram(
                        code,
                        "Test program " + code,
                        kind,
                        "Physical Medicine and Rehabilitation",
                        4))
                .id());
  }

  public LocalDate today() {
    return time.today();
  }

  public Person admin() {
    Person admin = person("admin");
    SystemContext.run(() -> roles.grant(admin.id(), null, Role.ADMIN));
    return admin;
  }

  /** A person holding a leadership or committee role in the program. */
  public Person withRole(long programId, Role role) {
    Person person = person(role.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    SystemContext.run(() -> roles.grant(person.id(), programId, role));
    return person;
  }

  /** Gives an existing person a further role in the program. */
  public void grant(long programId, Person person, Role role) {
    SystemContext.run(() -> roles.grant(person.id(), programId, role));
  }

  public Person faculty(long programId) {
    Person person = person("faculty");
    SystemContext.run(
        () ->
            appointments.appoint(programId, person.id(), "Test faculty", LocalDate.of(2020, 7, 1)));
    return person;
  }

  /** A trainee in the given PGY this academic year, enrolled for three years from PGY-2. */
  public Person trainee(long programId, int pgyNow) {
    return trainee(programId, pgyNow, null);
  }

  /** A trainee as above, with a name of the usual shape. */
  public Person trainee(long programId, int pgyNow, String displayName) {
    Person person = person("trainee", displayName);
    enroll(programId, person, pgyNow);
    return person;
  }

  /** Enrolls an existing person as in {@link #trainee}: a second program, say. */
  public void enroll(long programId, Person person, int pgyNow) {
    AcademicYear current = AcademicYear.containing(time.today());
    AcademicYear first = new AcademicYear(current.startYear() - (pgyNow - 2));
    SystemContext.run(
        () ->
            enrollments.enroll(
                programId,
                new EnrollTrainee(
                    person.id(), first.start(), new AcademicYear(first.startYear() + 2).end(), 2)));
  }

  /** A minimum on a catalog category (by code, e.g. "EPIDURAL") counting the given roles. */
  public long minimum(long programId, String categoryCode, int required, TraineeRole... roles) {
    long category = catalog.findCategory(categoryCode).orElseThrow().getId();
    return SystemContext.call(
        () ->
            standards
                .save(
                    programId,
                    new MinimumForm(
                        null,
                        null,
                        "Minimum " + categoryCode,
                        category,
                        null,
                        null,
                        required,
                        Set.of(roles),
                        Map.of(),
                        1))
                .id());
  }

  /** The program uses the latest published version of a bundled framework (PMR, PAIN). */
  public long useFramework(long programId, String code) {
    return SystemContext.call(
        () -> {
          FrameworkSummary latest =
              frameworks.list().stream()
                  .filter(f -> f.code().equals(code) && f.status() == FrameworkStatus.PUBLISHED)
                  .reduce((a, b) -> b)
                  .orElseThrow();
          frameworks.adopt(programId, latest.id());
          return latest.id();
        });
  }

  /** A four-week rotation with one objective mapped to the given subcompetency codes. */
  public long rotation(long programId, String code, String... subcompetencyCodes) {
    return SystemContext.call(
        () ->
            curriculum
                .saveRotation(
                    programId,
                    new RotationForm(
                        null,
                        null,
                        code,
                        "Rotation " + code,
                        "Main hospital",
                        4,
                        null,
                        List.of(
                            new RotationView.Objective(
                                "Objective of " + code, List.of(subcompetencyCodes))),
                        true))
                .id());
  }

  public long block(long programId, Person trainee, long rotationId, LocalDate from, LocalDate to) {
    return SystemContext.call(
        () -> curriculum.assign(programId, trainee.id(), rotationId, from, to).id());
  }

  public void teacher(long programId, long rotationId, Person faculty, LocalDate from) {
    SystemContext.run(() -> curriculum.addTeacher(programId, rotationId, faculty.id(), from));
  }

  /**
   * Publishes one form of each kind in the program: the faculty form asks a PC5 milestone level and
   * a supervision level (required) and a narrative (optional).
   */
  public void evaluationForms(long programId) {
    SystemContext.run(
        () -> {
          form(
              programId,
              "FAC",
              EvaluationKind.FACULTY_OF_TRAINEE,
              new ItemInput(null, ItemType.MILESTONE, "Electrodiagnosis", "PC5", true),
              new ItemInput(null, ItemType.SUPERVISION, "Supervision needed", null, true),
              new ItemInput(null, ItemType.NARRATIVE, "Comments", null, false));
          form(
              programId,
              "SELF",
              EvaluationKind.SELF_ASSESSMENT,
              new ItemInput(null, ItemType.MILESTONE, "Electrodiagnosis", "PC5", true));
          form(
              programId,
              "ROT",
              EvaluationKind.ROTATION_AND_FACULTY,
              new ItemInput(null, ItemType.TEACHING, "Let me do what I was ready for", null, true),
              new ItemInput(null, ItemType.NARRATIVE, "Comments", null, false));
          form(
              programId,
              "DOBS",
              EvaluationKind.DIRECT_OBSERVATION,
              new ItemInput(null, ItemType.OSCORE, "Overall", null, true));
        });
  }

  /** Publishes one more form in the program. */
  public void publishForm(long programId, String code, EvaluationKind kind, ItemInput... items) {
    SystemContext.run(() -> form(programId, code, kind, items));
  }

  private void form(long programId, String code, EvaluationKind kind, ItemInput... items) {
    FormView form = evaluationForms.create(programId, code, kind, "Form " + code, null);
    for (ItemInput item : items) {
      form = evaluationForms.saveItem(form.id(), form.version(), item);
    }
    evaluationForms.publish(form.id(), form.version());
  }

  /** Runs the schedule's request job for the program, as the daily job would. */
  public IssueReport issueRequests(long programId) {
    return SystemContext.call(
        () -> evaluationRequests.issueFromSchedule(programId, today().minusDays(120)));
  }
}
