package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.ModuleSamples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main pages pass the axe-core WCAG 2.1 A and AA rules (labels, contrast, landmarks, names of
 * controls) on a 375 px wide phone, for each role's first page.
 */
class AccessibilityBrowserIT extends ServerTest {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @Test
  void mainPagesHaveNoWcagViolations() throws Exception {
    JsonObject cast = WebClient.at(base).fixture("two-programs");
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      page.get(base + "login.xhtml");
      assertNoViolations(page, "login");

      browser.signIn(base, cast.getString("directorA"), cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/program/index.xhtml"));
      assertNoViolations(page, "work to do");
      page.get(base + "program/roster.xhtml?program=" + cast.getJsonNumber("programA"));
      assertNoViolations(page, "program roster");

      page.get(base + "account/password.xhtml");
      assertNoViolations(page, "change password");

      page.manage().deleteAllCookies();
      browser.signIn(base, cast.getString("residentA"), cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      assertNoViolations(page, "trainee home");

      page.manage().deleteAllCookies();
      browser.signIn(base, cast.getString("admin"), cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/admin/index.xhtml"));
      page.get(base + "admin/people.xhtml");
      assertNoViolations(page, "people");
    }
  }

  @Test
  void procedureLoggingPagesHaveNoWcagViolations() throws Exception {
    JsonObject cast = WebClient.at(base).fixture("procedure-programs");
    String password = cast.getString("password");
    long program = cast.getJsonNumber("programA").longValue();
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("residentA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      page.get(base + "trainee/log.xhtml");
      page.findElement(By.id("logForm:save")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error")));
      assertNoViolations(page, "log a procedure, with every required field flagged");
      page.get(base + "trainee/logs.xhtml");
      assertNoViolations(page, "my logs");

      page.manage().deleteAllCookies();
      browser.signIn(base, cast.getString("facultyA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/faculty/"));
      page.get(base + "faculty/verify.xhtml");
      assertNoViolations(page, "verify logs");

      page.manage().deleteAllCookies();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      for (String name :
          List.of(
              "minimums", "logs", "standards", "import", "framework", "curriculum", "schedule")) {
        page.get(base + "program/" + name + ".xhtml?program=" + program);
        assertNoViolations(page, "program " + name);
      }
    }
  }

  @Test
  void evaluationPagesHaveNoWcagViolations() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("evaluation-programs");
    String password = cast.getString("password");
    long program = cast.getJsonNumber("programA").longValue();
    String token = api.token(cast.getString("facultyA"), password);
    long id =
        jakarta.json.Json.createReader(
                new java.io.StringReader(
                    api.get("/api/v1/evaluations", "Authorization", WebClient.bearer(token))
                        .body()))
            .readArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("facultyA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/faculty/"));
      assertNoViolations(page, "faculty home with waiting counts");
      page.get(base + "evaluations/index.xhtml");
      assertNoViolations(page, "evaluations to complete");
      page.get(base + "evaluations/complete.xhtml?id=" + id);
      assertNoViolations(page, "completing an evaluation");

      page.manage().deleteAllCookies();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      for (String name : List.of("evaluations", "forms", "feedback")) {
        page.get(base + "program/" + name + ".xhtml?program=" + program);
        assertNoViolations(page, "program " + name);
      }
    }
  }

  @Test
  void milestoneReviewPagesHaveNoWcagViolations() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("review-programs");
    String password = cast.getString("password");
    long program = cast.getJsonNumber("programA").longValue();
    long period = api.openReviewOfFixture(cast);
    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      page.get(base + "ccc/review.xhtml?program=" + program + "&period=" + period);
      assertNoViolations(page, "review board");
      page.get(
          base
              + "ccc/packet.xhtml?program="
              + program
              + "&period="
              + period
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      assertNoViolations(page, "evidence packet");
      page.get(base + "program/dashboard.xhtml?program=" + program);
      assertNoViolations(page, "program dashboard with heat map");
      page.get(base + "program/targets.xhtml?program=" + program);
      assertNoViolations(page, "milestone targets");
      page.get(
          base
              + "ccc/trajectory.xhtml?program="
              + program
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      assertNoViolations(page, "a trainee's trajectory");
      page.get(
          base
              + "ccc/plan.xhtml?program="
              + program
              + "&period="
              + period
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      assertNoViolations(page, "a learning plan, not drafted yet");
      browser.screenshot("ccc-evidence-packet");
    }
  }

  @Test
  void caseModulePagesHaveNoWcagViolations() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("module-programs");
    String password = cast.getString("password");
    long program = cast.getJsonNumber("programA").longValue();
    String code = "a11y-" + Fixtures.unique().toLowerCase(java.util.Locale.ROOT);
    String director = WebClient.bearer(api.token(cast.getString("directorA"), password));
    long module =
        WebClient.json(
                api.postText(
                    "/api/v1/programs/" + program + "/modules",
                    "text/markdown",
                    ModuleSamples.SMALL.replace("id: test-module", "id: " + code),
                    "Authorization",
                    director))
            .getJsonNumber("moduleId")
            .longValue();
    api.postJson(
        "/api/v1/programs/" + program + "/modules/requirements",
        "{\"moduleCode\":\"" + code + "\",\"byPgy\":2}",
        "Authorization",
        director);
    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("residentA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      page.get(base + "trainee/modules.xhtml");
      assertNoViolations(page, "my modules");
      page.get(base + "trainee/requirements.xhtml");
      assertNoViolations(page, "my requirements");
      String resident = WebClient.bearer(api.token(cast.getString("residentA"), password));
      long attempt =
          WebClient.json(
                  api.postJson(
                      "/api/v1/programs/" + program + "/modules/" + module + "/attempts",
                      "{}",
                      "Authorization",
                      resident))
              .getJsonNumber("id")
              .longValue();
      page.get(base + "trainee/module.xhtml?attempt=" + attempt);
      assertNoViolations(page, "a module, first stage");
    }
    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      page.get(base + "program/modules.xhtml?program=" + program);
      page.findElement(By.cssSelector("button[title='Analytics of A test module: knees']")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("analyticsForm:analytics")));
      assertNoViolations(page, "program case modules with analytics");
      page.get(base + "program/requirements.xhtml?program=" + program);
      assertNoViolations(page, "requirements overview");
      page.get(
          base
              + "program/requirements.xhtml?program="
              + program
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      assertNoViolations(page, "a trainee's requirement matrix");
    }
  }

  private static void assertNoViolations(WebDriver page, String name) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(page);
    assertThat(results.getViolations())
        .as(name + ": " + describe(results.getViolations()))
        .isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().get(0).getTarget())
        .collect(Collectors.joining("; "));
  }
}
