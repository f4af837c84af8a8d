package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.continuum.testsupport.ModuleSamples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A resident completes a case module on a phone: starts it from their list, answers each stage (no
 * feedback in the page before the answer), moves on, and sees the score.
 */
class ModuleBrowserIT extends ServerTest {

  @Test
  void aResidentCompletesAModule() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("module-programs");
    String password = cast.getString("password");
    String code = "knees-" + UUID.randomUUID().toString().substring(0, 8);
    // letters only: a title is checked for patient identifiers, and hex digits can read as a number
    String title = "Knees for the browser " + lettersOnly(code);
    String file =
        ModuleSamples.SMALL
            .replace("id: test-module", "id: " + code)
            .replace("\"A test module: knees\"", "\"" + title + "\"");
    String token = api.token(cast.getString("directorA"), password);
    assertThat(
            api.postText(
                    "/api/v1/programs/" + cast.getJsonNumber("programA") + "/modules",
                    "text/markdown",
                    file,
                    "Authorization",
                    WebClient.bearer(token))
                .statusCode())
        .isEqualTo(200);

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("residentA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      page.findElement(By.id("modulesLink")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/modules.xhtml"));
      click(browser, By.cssSelector("button[title='" + title + "']"));
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/module.xhtml"));
      assertThat(page.getPageSource())
          .contains("Which test first?")
          .doesNotContain("Not first")
          .doesNotContain("Examine first")
          .doesNotContain("Which helped");

      choose(browser, "Examination");
      click(browser, By.cssSelector("button[id$=':check']"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Correct."));
      assertThat(page.findElement(By.tagName("main")).getText()).contains("Examine first");
      assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(375);
      browser.screenshot("module-stage-1-answered-375px");

      click(browser, By.id("attemptForm:advance"));
      // coming back later, the module opens at the stage reached, not at its first
      String at = page.getCurrentUrl();
      page.get(base + "trainee/index.xhtml");
      page.get(at);
      WebElement current =
          browser
              .waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector(".module-stage.current-stage")));
      assertThat(current.getAttribute("id")).isEqualTo("stage-2");
      browser.waiting().until(d -> browser.inView(current.findElement(By.tagName("h2"))));
      choose(browser, "Rest");
      choose(browser, "Strength work");
      click(browser, By.cssSelector("button[id$=':check']"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.tagName("main"), "Load management"));
      click(browser, By.id("attemptForm:advance"));
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("score"), "Score 100%"));
      assertThat(page.findElement(By.id("score")).getText()).contains("Passed");
      browser.screenshot("module-finished-375px");

      page.get(base + "trainee/modules.xhtml");
      assertThat(page.findElement(By.tagName("main")).getText()).contains("Passed");
    }
  }

  private static void choose(Browser browser, String label) {
    click(
        browser, By.xpath("//form[@id='attemptForm']//label[normalize-space(.)='" + label + "']"));
  }

  private static void click(Browser browser, By target) {
    WebElement element = browser.waiting().until(ExpectedConditions.elementToBeClickable(target));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private static String lettersOnly(String code) {
    StringBuilder letters = new StringBuilder();
    for (char c : code.toCharArray()) {
      letters.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
    }
    return letters.toString();
  }
}
