package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A coordinator enrolls a new resident from the roster page: the empty form is refused with the
 * field named, then the person is picked, dates typed, and the resident appears on the roster.
 */
class EnrollTraineeBrowserIT extends ServerTest {

  @Test
  void theCoordinatorEnrollsANewResident() throws Exception {
    WebClient client = WebClient.at(base);
    JsonObject cast = client.fixture("two-programs");
    String newcomer = client.fixture("person").getString("username");
    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("coordinatorA"), cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/program/index.xhtml"));
      page.get(base + "program/roster.xhtml?program=" + cast.getJsonNumber("programA"));

      page.findElement(By.id("tabs:rosterForm:enroll")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("enrollForm:enrollSubmit")));
      page.findElement(By.id("enrollForm:enrollSubmit")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("enrollForm"), "Trainee is required."));
      assertThat(page.findElement(By.id("enrollForm")).getText())
          .contains("Start date is required.");

      WebElement person = page.findElement(By.id("enrollForm:traineeId_input"));
      person.sendKeys(newcomer.substring(0, 10));
      By suggestion =
          By.cssSelector("#enrollForm\\:traineeId_panel li[data-item-label*='" + newcomer + "']");
      browser.waiting().until(ExpectedConditions.elementToBeClickable(suggestion));
      page.findElement(suggestion).click();
      type(page, "enrollForm:startDate_input", "2026-07-01");
      type(page, "enrollForm:expectedGraduation_input", "2029-06-30");
      type(page, "enrollForm:pgy", "2");
      browser.screenshot("coordinator-enrolling-resident");
      page.findElement(By.id("enrollForm:enrollSubmit")).click();

      try {
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("tabs:rosterForm:trainees"), newcomer));
      } catch (org.openqa.selenium.TimeoutException e) {
        browser.screenshot("coordinator-enrolling-resident-failed");
        throw e;
      }
      browser.screenshot("coordinator-enrolled-resident");
    }
  }

  private static void type(WebDriver page, String id, String text) {
    WebElement input = page.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
  }
}
