package org.continuum.program.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.continuum.identity.application.AccountRegistry;
import org.continuum.identity.application.NewAccount;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.PersonOption;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.EnrollTrainee;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.application.NewProgram;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.domain.ProgramKind;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.application.DemoMode;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads an "institution" seed document (format: seed-content/README.md): programs, people, roles,
 * faculty appointments and enrollments. Every entry is matched by its natural key (program code,
 * username) and left alone if it already exists.
 */
@ApplicationScoped
public class InstitutionSeedImporter implements SeedContributor {

  /** The document as JSON-B binds it. */
  public record Document(
      String kind,
      String id,
      int version,
      String description,
      List<ProgramEntry> programs,
      List<PersonEntry> people,
      List<RoleEntry> roles,
      List<FacultyEntry> faculty,
      List<EnrollmentEntry> enrollments) {}

  public record ProgramEntry(
      String code, String name, ProgramKind kind, String specialty, Integer lengthYears) {}

  /** Without a password the account gets a random one, to be reset by an administrator. */
  public record PersonEntry(
      String username, String displayName, String email, String password, Boolean admin) {}

  public record RoleEntry(String username, String program, Role role) {}

  public record FacultyEntry(String username, String program, String title, LocalDate startDate) {}

  /**
   * Either explicit dates ({@code startDate}, {@code expectedGraduation}, {@code pgyAtStart}), or
   * relative to today ({@code pgyNow}, {@code pgyAtStart}, {@code finalPgy}): the trainee is in PGY
   * {@code pgyNow} in the current academic year, so demo data never goes stale.
   */
  public record EnrollmentEntry(
      String username,
      String program,
      LocalDate startDate,
      LocalDate expectedGraduation,
      Integer pgyAtStart,
      Integer pgyNow,
      Integer finalPgy) {}

  @Inject ProgramAdministration programs;
  @Inject DemoMode demoMode;
  @Inject PeopleDirectory people;
  @Inject AccountRegistry accounts;
  @Inject RoleAssignments roles;
  @Inject FacultyAppointments appointments;
  @Inject Enrollments enrollments;
  @Inject InstitutionTime time;

  private final SecureRandom random = new SecureRandom();

  @Override
  public String kind() {
    return "institution";
  }

  @Override
  public List<String> apply(String json) {
    Document document = SeedDocuments.bind(json, Document.class, "institution");
    List<String> report = new ArrayList<>();
    SeedDocuments.each("programs", document.programs(), entry -> program(entry, report));
    SeedDocuments.each("people", document.people(), entry -> person(entry, report));
    SeedDocuments.each("roles", document.roles(), entry -> role(entry, report));
    SeedDocuments.each("faculty", document.faculty(), entry -> faculty(entry, report));
    SeedDocuments.each("enrollments", document.enrollments(), entry -> enrollment(entry, report));
    return report;
  }

  private void program(ProgramEntry e, List<String> report) {
    if (programs.findByCode(e.code()).isPresent()) {
      report.add(Wording.of("institutionSeedImporter.programExistsLeft", e.code()));
      return;
    }
    programs.create(
        new NewProgram(
            e.code(),
            e.name(),
            e.kind(),
            e.specialty(),
            e.lengthYears() == null ? 0 : e.lengthYears()));
    report.add(Wording.of("institutionSeedImporter.programCreated", e.code()));
  }

  private void person(PersonEntry e, List<String> report) {
    if (e.password() != null && !demoMode.isOn()) {
      // a password written in a file is known to whoever read it
      throw new InvalidInputException(
          "password", Wording.of("institutionSeedImporter.seedFileSetsPasswords"));
    }
    if (people.findByUsername(e.username()).isPresent()) {
      report.add(Wording.of("institutionSeedImporter.personExistsLeft", e.username()));
      return;
    }
    String password = e.password() == null ? randomPassword() : e.password();
    long id =
        accounts
            .register(new NewAccount(e.username(), e.displayName(), e.email(), password))
            .getId();
    if (Boolean.TRUE.equals(e.admin())) {
      roles.grant(id, null, Role.ADMIN);
    }
    report.add(Wording.of("institutionSeedImporter.personCreated", e.username()));
  }

  private void role(RoleEntry e, List<String> report) {
    if (e.role() == null) {
      throw new InvalidInputException("role", Wording.of("institutionSeedImporter.roleRequired"));
    }
    roles.grant(person(e.username()).id(), program(e.program()).id(), e.role());
    report.add(
        Wording.of("institutionSeedImporter.in", e.role().title(), e.username(), e.program()));
  }

  private void faculty(FacultyEntry e, List<String> report) {
    long programId = program(e.program()).id();
    long facultyId = person(e.username()).id();
    if (appointments.teaches(programId, facultyId)) {
      report.add(Wording.of("institutionSeedImporter.facultyAlready", e.username(), e.program()));
      return;
    }
    appointments.appoint(programId, facultyId, e.title(), e.startDate());
    report.add(Wording.of("institutionSeedImporter.facultyAppointed", e.username(), e.program()));
  }

  private void enrollment(EnrollmentEntry e, List<String> report) {
    long programId = program(e.program()).id();
    long traineeId = person(e.username()).id();
    if (enrollments.isInTraining(programId, traineeId)) {
      report.add(Wording.of("institutionSeedImporter.traineeAlready", e.username(), e.program()));
      return;
    }
    enrollments.enroll(programId, relativeOrExplicit(traineeId, e));
    report.add(Wording.of("institutionSeedImporter.traineeEnrolled", e.username(), e.program()));
  }

  private EnrollTrainee relativeOrExplicit(long traineeId, EnrollmentEntry e) {
    if (e.pgyNow() == null) {
      return new EnrollTrainee(traineeId, e.startDate(), e.expectedGraduation(), e.pgyAtStart());
    }
    if (e.pgyAtStart() == null || e.finalPgy() == null) {
      throw new InvalidInputException(
          "pgyNow", Wording.of("institutionSeedImporter.pgynowAlsoGivePgyatstart"));
    }
    AcademicYear current = AcademicYear.containing(time.today());
    AcademicYear first = new AcademicYear(current.startYear() - (e.pgyNow() - e.pgyAtStart()));
    AcademicYear last = new AcademicYear(first.startYear() + (e.finalPgy() - e.pgyAtStart()));
    return new EnrollTrainee(traineeId, first.start(), last.end(), e.pgyAtStart());
  }

  private PersonOption person(String username) {
    return people
        .findByUsername(username)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "username", Wording.of("institutionSeedImporter.personKnown", username)));
  }

  private ProgramView program(String code) {
    return programs.requireByCode("program", code);
  }

  private String randomPassword() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().encodeToString(bytes);
  }
}
