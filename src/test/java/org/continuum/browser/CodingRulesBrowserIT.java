package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A program director corrects one procedure's coding rules on a 375 px phone: a refused row is
 * named beside the rows as typed, and the published correction shows who published it.
 */
class CodingRulesBrowserIT extends ServerTest {

  @Test
  void theDirectorChecksAndPublishesACorrectionOnAPhone() throws Exception {
    JsonObject cast = WebClient.at(base).fixture("procedure-programs");
    String director = cast.getString("directorA");
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, director, cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      page.get(base + "program/coding.xhtml?program=" + cast.getJsonNumber("programA"));

      new Select(page.findElement(By.id("rulesForm:procedure"))).selectByValue("BLOOD-PATCH");
      By rows = By.id("rulesForm:rows");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(rows));
      assertThat(page.findElement(By.cssSelector("#rulesForm .rule-rows")).getText())
          .contains("+77003 once");

      String overlapping =
          "| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |\n"
              + "| BLOOD-PATCH | guidance LANDMARK | 62273 | - | [CPT] |";
      page.findElement(rows).clear();
      page.findElement(rows).sendKeys(overlapping);
      page.findElement(By.id("rulesForm:check")).click();
      By refusal = By.cssSelector("#rulesForm .ui-messages-error");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(refusal));
      assertThat(page.findElement(refusal).getText()).contains("Row 2: overlaps row 1");
      assertThat(browser.inView(page.findElement(refusal))).as("the refusal is in sight").isTrue();
      assertThat(page.findElement(rows).getAttribute("value"))
          .as("nothing typed is lost")
          .isEqualTo(overlapping);
      browser.screenshot("coding-rules-refused-375px");

      page.findElement(rows).clear();
      page.findElement(rows).sendKeys("| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |");
      page.findElement(By.id("rulesForm:reason"))
          .sendKeys("Our payers bundle the spinal fluoroscopy");
      page.findElement(By.id("rulesForm:publish")).click();
      By published = By.cssSelector(".ui-messages-info");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(published));
      assertThat(page.findElement(published).getText()).contains("Published as program-");
      browser
          .waiting()
          .until(
              d ->
                  browser.inView(
                      d.findElement(published))); // the confirmation is brought into view
      String inForce = page.findElement(By.id("rulesForm")).getText();
      assertThat(inForce).contains("this program's own rules").contains("published");
      assertThat(inForce.substring(inForce.indexOf("published")))
          .as("the director's name, not their username")
          .contains("by Test ")
          .doesNotContain(director);
      assertThat(page.findElement(By.cssSelector("#rulesForm .rule-rows")).getText())
          .isEqualTo("| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |");

      assertThat(browser.pageWidth()).as("nothing wider than the phone").isLessThanOrEqualTo(375);
      browser.screenshot("coding-rules-published-375px");
    }
  }
}
