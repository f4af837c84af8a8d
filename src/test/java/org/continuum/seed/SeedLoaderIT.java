package org.continuum.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import org.continuum.identity.application.AccountRegistry;
import org.continuum.identity.application.KnownPasswords;
import org.continuum.identity.application.NewAccount;
import org.continuum.seed.application.SeedLoader;
import org.continuum.seed.application.SeedReport;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.ModuleSamples;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed loader: the bundled demo institution loads and a second load creates nothing twice; a
 * bad file is refused whole, with the entry named. Each test loads its own copy of the document
 * (unique id and names), so the tests do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class SeedLoaderIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClasses(SeedLoaderIT.class, ModuleSamples.class);
  }

  @Inject SeedLoader loader;
  @Inject AccountRegistry registry;
  @Inject KnownPasswords knownPasswords;

  @PersistenceContext EntityManager em;

  @Test
  void theDemoInstitutionLoadsOnceAndNothingIsCreatedTwice() {
    String suffix = Fixtures.unique();
    byte[] demo = uniqueCopyOfDemo(suffix, 1);
    long accountsBefore = count("select count(a) from Account a");

    SeedReport first = SystemContext.call(() -> loader.load("institution.json", demo));
    assertThat(first.applied()).isTrue();
    long accounts = count("select count(a) from Account a") - accountsBefore;
    assertThat(accounts).isEqualTo(16);
    assertThat(programCount(suffix)).isEqualTo(2);
    assertThat(enrollmentCount(suffix)).isEqualTo(8);
    assertThat(
            count(
                "select count(m) from Membership m where m.account.username like '%"
                    + suffix
                    + "'"))
        .isEqualTo(1 + 10 + 7 + 8); // admin, leadership and committee, faculty, trainees

    SeedReport second = SystemContext.call(() -> loader.load("institution.json", demo));
    assertThat(second.applied()).isFalse();

    // a newer version is applied, but what exists is matched by its natural key, not duplicated
    SeedReport third =
        SystemContext.call(() -> loader.load("institution.json", uniqueCopyOfDemo(suffix, 2)));
    assertThat(third.applied()).isTrue();
    assertThat(third.lines()).anyMatch(line -> line.contains("exists; left as it is"));
    assertThat(count("select count(a) from Account a") - accountsBefore).isEqualTo(16);
    assertThat(programCount(suffix)).isEqualTo(2);
    assertThat(enrollmentCount(suffix)).isEqualTo(8);
  }

  @Test
  void aModuleFileLoadsByItsYamlHeaderOnceAndEachVersionStays() {
    String code = "seeded-" + Fixtures.unique().toLowerCase(java.util.Locale.ROOT);
    String v1 =
        ModuleSamples.SMALL
            .replace("id: test-module", "id: " + code)
            .replace("version: 2", "version: 1");
    SeedReport first =
        SystemContext.call(() -> loader.load(code + ".md", v1.getBytes(StandardCharsets.UTF_8)));
    assertThat(first.applied()).isTrue();
    assertThat(first.key()).isEqualTo("case-module:" + code);
    assertThat(
            SystemContext.call(() -> loader.load(code + ".md", v1.getBytes(StandardCharsets.UTF_8)))
                .applied())
        .isFalse();
    String v2 = v1.replace("version: 1", "version: 2").replace("Better.", "Much better.");
    assertThat(
            SystemContext.call(() -> loader.load(code + ".md", v2.getBytes(StandardCharsets.UTF_8)))
                .applied())
        .isTrue();
    assertThat(count("select count(m) from CaseModule m where m.code = '" + code + "'"))
        .isEqualTo(2);
    String broken = v2.replace("version: 2", "version: 3").replace("- [ ] MRI", "- [x] MRI");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () -> loader.load(code + ".md", broken.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("line 17: a single-best-answer question marks exactly one option");
  }

  @Test
  void aBadEntryRefusesTheWholeFileAndSaysWhere() {
    String suffix = Fixtures.unique();
    String broken =
        new String(uniqueCopyOfDemo(suffix, 1), StandardCharsets.UTF_8)
            .replace("\"pgyAtStart\": 2, \"pgyNow\": 4", "\"pgyAtStart\": 2, \"pgyNow\": 99");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () -> loader.load("broken.json", broken.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("enrollments[4]");
    assertThat(programCount(suffix)).isZero();
  }

  @Test
  void unknownFieldsAndBadJsonAreRefusedPlainly() {
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        loader.load(
                            "typo.json",
                            ("{\"kind\":\"institution\",\"id\":\"typo-"
                                    + Fixtures.unique()
                                    + "\",\"version\":1,\"programz\":[]}")
                                .getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not match the institution format");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () -> loader.load("bad.json", "{\"kind\": ".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not valid JSON at line 1");
  }

  @Test
  void aServerNotInDemoModeTakesNoDemoContentAndNoPasswordFromAFile() {
    String suffix = Fixtures.unique();
    String withPassword =
        new String(uniqueCopyOfDemo(suffix, 1), StandardCharsets.UTF_8)
            .replaceFirst(
                "(\"username\": \"admin" + suffix + "\")",
                "$1, \"password\": \"lakeview-demo-2026\"");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        loader.load(
                            "institution.json", withPassword.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sets passwords only on a server in demo mode");
    assertThat(programCount(suffix)).as("nothing of the file was kept").isZero();

    for (String demo :
        java.util.List.of(
            "demo/procedure-logs.json",
            "demo/evaluations.json",
            "demo/milestone-history.json",
            "demo/module-attempts.json")) {
      assertThatThrownBy(
              () -> SystemContext.run(() -> loader.load(demo, SeedLoader.readBundled(demo))))
          .as(demo)
          .isInstanceOf(RuleViolationException.class)
          .hasMessageContaining("only on a server started in demo mode");
    }
  }

  @Test
  void anAccountStillOpeningWithThePublishedDemoPasswordIsFound() {
    String username = "demo-check-" + Fixtures.unique();
    SystemContext.run(
        () ->
            registry.register(
                new NewAccount(
                    username, "Demo Check", username + "@example.org", "lakeview-demo-2026")));
    String other = "demo-other-" + Fixtures.unique();
    SystemContext.run(
        () ->
            registry.register(
                new NewAccount(
                    other, "Demo Other", other + "@example.org", "a private pass 9876")));

    assertThat(
            knownPasswords.stillOpenWith(
                java.util.Map.of(
                    username,
                    "lakeview-demo-2026",
                    other,
                    "lakeview-demo-2026",
                    "nobody-" + Fixtures.unique(),
                    "lakeview-demo-2026")))
        .containsExactly(username);
  }

  @Test
  void onlyAnAdministratorMayLoad() {
    assertThatThrownBy(() -> loader.load("x.json", uniqueCopyOfDemo(Fixtures.unique(), 1)))
        .isInstanceOf(AccessDeniedException.class);
  }

  /** The bundled demo with every username, program code and the document id made unique. */
  private static byte[] uniqueCopyOfDemo(String suffix, int version) {
    String json =
        new String(SeedLoader.readBundled("demo/institution.json"), StandardCharsets.UTF_8);
    String code = suffix.toUpperCase().replaceAll("[^A-Z0-9]", "");
    json =
        json.replace("\"demo-institution\"", "\"demo-institution-" + suffix + "\"")
            .replace("\"version\": 1,", "\"version\": " + version + ",")
            .replace("\"PMR\"", "\"PMR" + code + "\"")
            .replace("\"PAIN\"", "\"PAIN" + code + "\"")
            .replaceAll("\"username\": \"([a-z.]+)\"", "\"username\": \"$1" + suffix + "\"")
            // this server is not in demo mode: it takes no password from a file
            .replaceAll(", \"password\": \"[^\"]*\"", "");
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private long programCount(String suffix) {
    String code = suffix.toUpperCase().replaceAll("[^A-Z0-9]", "");
    return count("select count(p) from Program p where p.code like '%" + code + "'");
  }

  private long enrollmentCount(String suffix) {
    String code = suffix.toUpperCase().replaceAll("[^A-Z0-9]", "");
    return count("select count(e) from Enrollment e where e.program.code like '%" + code + "'");
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
