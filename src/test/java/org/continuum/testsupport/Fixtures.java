package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.continuum.identity.application.AccountRegistry;
import org.continuum.identity.application.NewAccount;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.EnrollTrainee;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.FacultyAppointments;
import org.continuum.program.application.NewProgram;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.domain.AcademicYear;
import org.continuum.program.domain.ProgramKind;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.SystemContext;

/**
 * Creates test data through the real application services. Every name carries a unique suffix, so
 * tests never depend on each other or on what an earlier run left in the database.
 */
@ApplicationScoped
public class Fixtures {

  public static final String PASSWORD = "test pass phrase 42";

  private static final AtomicLong SEQUENCE = new AtomicLong();

  @Inject AccountRegistry accounts;
  @Inject AccountRepository accountRepository;
  @Inject RoleAssignments roles;
  @Inject ProgramAdministration programs;
  @Inject Enrollments enrollments;
  @Inject FacultyAppointments appointments;
  @Inject InstitutionTime time;
  @Inject ProcedureStandards standards;
  @Inject ProcedureCatalogRepository catalog;

  public static String unique() {
    return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36)
        + SEQUENCE.incrementAndGet();
  }

  public Person person(String prefix) {
    String suffix = unique();
    String username = (prefix + "." + suffix).toLowerCase(Locale.ROOT);
    Account account =
        SystemContext.call(
            () ->
                accounts.register(
                    new NewAccount(
                        username,
                        "Test " + prefix + " " + suffix,
                        username + "@example.org",
                        PASSWORD)));
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

  public Person faculty(long programId) {
    Person person = person("faculty");
    SystemContext.run(
        () ->
            appointments.appoint(programId, person.id(), "Test faculty", LocalDate.of(2020, 7, 1)));
    return person;
  }

  /** A trainee in the given PGY this academic year, enrolled for three years from PGY-2. */
  public Person trainee(long programId, int pgyNow) {
    Person person = person("trainee");
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
                        required,
                        Set.of(roles),
                        Map.of(),
                        1))
                .id());
  }
}
