package org.continuum.testsupport;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.continuum.evaluation.application.EvaluationReminders;
import org.continuum.evaluation.application.FeedbackReleases;
import org.continuum.evaluation.application.ItemInput;
import org.continuum.evaluation.application.ReminderReport;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.CodingBackfill;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.shared.application.SystemContext;

/**
 * Test deployments only: lets tests that drive the application over HTTP create their data and move
 * the clock. Never part of the application itself.
 */
@WebServlet("/test-support/*")
public class FixtureServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Fixtures fixtures;
  @Inject EvaluationReminders reminders;
  @Inject FeedbackReleases feedbackReleases;
  @Inject HeldConnections connections;
  @Inject SealedRecords records;
  @Inject ProcedureCountDrift countDrift;
  @Inject CohortRatingDrift ratingDrift;
  @Inject LegacyEntries legacyEntries;
  @Inject CodingBackfill codingBackfill;
  @Inject BundledRulesTrial bundledRules;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    JsonObjectBuilder answer = Json.createObjectBuilder();
    switch (path) {
      case "/clock/advance" -> {
        MovableClockProducer.CLOCK.advance(
            Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))));
        answer.add("ok", true);
      }
      case "/clock/reset" -> {
        MovableClockProducer.CLOCK.reset();
        answer.add("ok", true);
      }
      case "/forge-final-level" -> {
        records.forgeFinalLevel(Long.parseLong(request.getParameter("period")));
        answer.add("ok", true);
      }
      case "/person" -> answer.add("username", fixtures.person("person").username());
      case "/account-exists" ->
          answer.add("exists", fixtures.accountExists(request.getParameter("username")));
      case "/two-programs" -> twoPrograms(answer);
      case "/procedure-programs" -> procedurePrograms(answer);
      case "/curriculum-programs" -> curriculumPrograms(answer);
      case "/evaluation-programs" -> evaluationPrograms(answer);
      case "/rotation-form-programs" -> rotationFormPrograms(answer);
      case "/review-programs" -> reviewPrograms(answer);
      case "/everyday-programs" -> everydayPrograms(answer);
      case "/module-programs" -> modulePrograms(answer);
      case "/procedure-count-drift" -> {
        var differences = Json.createArrayBuilder();
        countDrift.differences().forEach(differences::add);
        answer.add("differences", differences);
      }
      case "/cohort-rating-drift" -> {
        CohortRatingDrift.Result drift = ratingDrift.compare();
        var differences = Json.createArrayBuilder();
        drift.differences().forEach(differences::add);
        answer.add("rows", drift.rows()).add("differences", differences);
      }
      case "/legacy-entry" -> {
        legacyEntries.makeLegacy(
            Long.parseLong(request.getParameter("log")),
            Boolean.parseBoolean(request.getParameter("dropCounts")),
            request.getParameter("legacyCodes"));
        answer.add("ok", true);
      }
      case "/code-legacy-entries" ->
          answer.add("looked", SystemContext.call(codingBackfill::codeAll));
      case "/next-bundled-rules" -> {
        try {
          answer.add(
              "program",
              bundledRules.loadNextVersion(
                  Long.parseLong(request.getParameter("program")),
                  request.getParameter("procedure")));
        } catch (Exception e) {
          throw new IOException(e);
        }
      }
      case "/hold-connections" ->
          answer.add("held", connections.holdAll(Long.parseLong(request.getParameter("seconds"))));
      case "/release-connections" -> answer.add("released", connections.releaseAll());
      case "/release-feedback" ->
          answer.add("released", SystemContext.call(feedbackReleases::releaseReady));
      case "/send-reminders" -> {
        ReminderReport sent = SystemContext.call(reminders::sendDue);
        answer.add("messages", sent.messages()).add("evaluations", sent.evaluations());
      }
      default -> {
        response.sendError(404);
        return;
      }
    }
    // tests date their data from the server's movable clock, never from their own
    answer.add("today", fixtures.today().toString());
    response.setContentType("application/json");
    response.getWriter().write(answer.build().toString());
  }

  /** Program A with its whole cast, program B with one resident of its own. */
  private void twoPrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    answer
        .add("admin", fixtures.admin().username())
        .add("coordinatorA", fixtures.withRole(a, Role.COORDINATOR).username())
        .add("cccA", fixtures.withRole(a, Role.CCC_MEMBER).username())
        .add("facultyA", fixtures.faculty(a).username())
        .add("residentA", fixtures.trainee(a, 2).username())
        .add("residentA2", fixtures.trainee(a, 3).username())
        .add("residentB", fixtures.trainee(b, 4).username());
  }

  /**
   * For procedure logging: program A with two faculty and an epidural minimum of 3 counting
   * performed and supervised entries; program B with faculty, a resident and a director of its own.
   * Ids come with the usernames, because the API names supervisors by id.
   */
  private void procedurePrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    fixtures.minimum(a, "EPIDURAL", 3, TraineeRole.PERFORMED, TraineeRole.SUPERVISED_JUNIOR);
    answer.add("cccA", fixtures.withRole(a, Role.CCC_MEMBER).username());
    add(answer, "facultyA", fixtures.faculty(a));
    add(answer, "facultyA2", fixtures.faculty(a));
    add(answer, "facultyB", fixtures.faculty(b));
    add(answer, "residentA", fixtures.trainee(a, 2));
    add(answer, "residentA2", fixtures.trainee(a, 3));
    add(answer, "residentB", fixtures.trainee(b, 2));
    Person inBoth = fixtures.trainee(a, 3);
    fixtures.enroll(b, inBoth, 3);
    add(answer, "residentAB", inBoth);
  }

  /** Programs A and B. */
  private record Programs(long a, long b) {}

  /**
   * Two residencies, each with a director, named in the answer with the password every fixture
   * person has: the start of every cast.
   */
  private Programs programs(JsonObjectBuilder answer) {
    long a = fixtures.residency();
    long b = fixtures.residency();
    answer
        .add("password", Fixtures.PASSWORD)
        .add("programA", a)
        .add("programB", b)
        .add("directorA", fixtures.withRole(a, Role.PROGRAM_DIRECTOR).username())
        .add("directorB", fixtures.withRole(b, Role.PROGRAM_DIRECTOR).username());
    return new Programs(a, b);
  }

  /** The PMR framework, a form of each kind and an EDX rotation mapped to PC5; the rotation. */
  private long edxWithForms(long program) {
    fixtures.useFramework(program, "PMR");
    fixtures.evaluationForms(program);
    return fixtures.rotation(program, "EDX", "PC5");
  }

  private static void add(JsonObjectBuilder answer, String name, Person person) {
    answer.add(name, person.username()).add(name + "Id", person.id());
  }

  /**
   * For curriculum and evaluations: program A uses the PMR framework and has an EDX rotation that
   * residentA is on this month, taught by facultyA (facultyA2 teaches nothing); program B has a
   * resident and a director of its own.
   */
  private void curriculumPrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    fixtures.useFramework(a, "PMR");
    long edx = fixtures.rotation(a, "EDX", "PC5", "MK2");
    Person resident = fixtures.trainee(a, 3);
    Person teacher = fixtures.faculty(a);
    java.time.LocalDate today = fixtures.today();
    fixtures.block(
        a,
        resident,
        edx,
        today.withDayOfMonth(1),
        today.withDayOfMonth(1).plusMonths(1).minusDays(1));
    fixtures.teacher(a, edx, teacher, today.minusYears(1));
    answer.add("rotationA", edx);
    add(answer, "residentA", resident);
    add(answer, "facultyA", teacher);
    add(answer, "facultyA2", fixtures.faculty(a));
    add(answer, "residentB", fixtures.trainee(b, 2));
  }

  /**
   * Program A with a form of each kind, then a second faculty form (EDXF, published last) that the
   * EDX rotation can take; a resident whose EDX and MSK blocks ended, each with a teacher; nothing
   * issued yet. Program B has an EDX rotation of its own.
   */
  private void rotationFormPrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long edx = edxWithForms(a);
    fixtures.publishForm(
        a,
        "EDXF",
        EvaluationKind.FACULTY_OF_TRAINEE,
        new ItemInput(null, ItemType.MILESTONE, "Electrodiagnosis", "PC5", true));
    long msk = fixtures.rotation(a, "MSK", "PC1");
    java.time.LocalDate today = fixtures.today();
    Person resident = fixtures.trainee(a, 3);
    fixtures.block(a, resident, edx, today.minusDays(60), today.minusDays(31));
    fixtures.block(a, resident, msk, today.minusDays(30), today.minusDays(2));
    Person teacher = fixtures.faculty(a);
    fixtures.teacher(a, edx, teacher, today.minusYears(1));
    fixtures.teacher(a, msk, teacher, today.minusYears(1));
    fixtures.useFramework(programs.b(), "PMR");
    answer
        .add("edxA", edx)
        .add("mskA", msk)
        .add("edxB", fixtures.rotation(programs.b(), "EDX", "PC5"))
        .add("coordinatorA", fixtures.withRole(a, Role.COORDINATOR).username());
    add(answer, "facultyA", teacher);
    add(answer, "residentA", resident);
  }

  /**
   * For evaluations: program A (PMR framework, a form of each kind) where residents 1 to 3 had an
   * EDX block that ended 20 days ago, taught by facultyA and facultyL; facultyA2 teaches nothing.
   * The schedule's requests are issued, so each resident has an overdue evaluation by each teacher,
   * a self-assessment and an anonymous evaluation of each teacher. Program B has its own director
   * and resident.
   */
  private void evaluationPrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    long edx = edxWithForms(a);
    java.time.LocalDate today = fixtures.today();
    Person teacher = fixtures.faculty(a);
    Person lockable = fixtures.faculty(a);
    fixtures.teacher(a, edx, teacher, today.minusYears(1));
    fixtures.teacher(a, edx, lockable, today.minusYears(1));
    // a teacher who also sits on the committee, as many do
    fixtures.grant(a, lockable, Role.CCC_MEMBER);
    // six, so two releases of three can be told apart
    for (int i = 1; i <= 6; i++) {
      // the first has a name of the usual shape, which narratives about her may use
      Person resident = fixtures.trainee(a, 2, i == 1 ? "Dr. Lily Marchetti" : null);
      fixtures.block(a, resident, edx, today.minusDays(50), today.minusDays(20));
      add(answer, "resident" + i, resident);
    }
    var issued = fixtures.issueRequests(a);
    answer
        .add("resident1Name", "Lily Marchetti")
        .add("issued", issued.created())
        .add("coordinatorA", fixtures.withRole(a, Role.COORDINATOR).username());
    add(answer, "facultyA", teacher);
    add(answer, "facultyL", lockable);
    add(answer, "facultyA2", fixtures.faculty(a));
    add(answer, "residentB", fixtures.trainee(b, 2));
  }

  /**
   * For the milestone review: program A (PMR framework) where residentA's EDX block ended 20 days
   * ago, taught by two faculty; one signed their evaluation with PC5 at 3.5, the other with "not
   * yet assessable". The period containing the block's end is named, not opened. Program B has a
   * committee member and a trainee of its own. Answers program A.
   */
  private long reviewPrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    long edx = edxWithForms(a);
    java.time.LocalDate today = fixtures.today();
    Person teacher = fixtures.faculty(a);
    fixtures.teacher(a, edx, teacher, today.minusYears(1));
    fixtures.teacher(a, edx, fixtures.faculty(a), today.minusYears(1));
    Person resident = fixtures.trainee(a, 2);
    java.time.LocalDate end = today.minusDays(20);
    fixtures.block(a, resident, edx, today.minusDays(50), end);
    fixtures.issueRequests(a);
    records.signOne(a, "3.5");
    records.signOne(a, "NYA");
    answer
        .add("periodYear", org.continuum.shared.domain.AcademicYear.containing(end).label())
        .add("periodTerm", end.getMonthValue() >= 7 ? "FALL" : "SPRING")
        .add("cccA", fixtures.withRole(a, Role.CCC_MEMBER).username())
        .add("coordinatorA", fixtures.withRole(a, Role.COORDINATOR).username())
        .add("cccB", fixtures.withRole(b, Role.CCC_MEMBER).username());
    add(answer, "facultyA", teacher);
    add(answer, "residentA", resident);
    add(answer, "residentB", fixtures.trainee(b, 2));
    return a;
  }

  /**
   * Every role's everyday pages with something on them: the milestone review's program A, with an
   * epidural minimum and an administrator besides.
   */
  private void everydayPrograms(JsonObjectBuilder answer) {
    long a = reviewPrograms(answer);
    fixtures.minimum(a, "EPIDURAL", 3, TraineeRole.PERFORMED, TraineeRole.SUPERVISED_JUNIOR);
    answer.add("admin", fixtures.admin().username());
  }

  /**
   * For case modules: program A with a director, a committee member and two residents (one in
   * PGY-2); program B with a director and a resident of its own.
   */
  private void modulePrograms(JsonObjectBuilder answer) {
    Programs programs = programs(answer);
    long a = programs.a();
    long b = programs.b();
    fixtures.useFramework(a, "PMR");
    answer.add("cccA", fixtures.withRole(a, Role.CCC_MEMBER).username());
    add(answer, "residentA", fixtures.trainee(a, 2));
    add(answer, "peerA", fixtures.trainee(a, 3));
    add(answer, "residentB", fixtures.trainee(b, 2));
  }
}
