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

/** A program director signs in on a 375 px wide phone and sees the program's enrolled trainees. */
class ProgramDirectorOnPhoneBrowserIT extends ServerTest {

  @Test
  void theDirectorSeesTheEnrolledTraineesOnAPhone() throws Exception {
    JsonObject cast = WebClient.at(base).fixture("two-programs");
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), cast.getString("password"));

      // the director lands on what to chase, program by program, and goes on to the roster
      browser.waiting().until(ExpectedConditions.urlContains("/program/index.xhtml"));
      assertThat(page.findElement(By.tagName("main")).getText())
          .contains("Work to do")
          .contains("behind on a requirement")
          .contains("milestone review");
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("program-director-work-to-do-375px");
      page.findElement(By.cssSelector(".work-program h2 a")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/program/roster.xhtml"));
      browser
          .waiting()
          .until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:rosterForm:trainees")));
      String roster = page.findElement(By.id("tabs:rosterForm:trainees")).getText();
      assertThat(roster)
          .contains(cast.getString("residentA"))
          .contains(cast.getString("residentA2"))
          .doesNotContain(cast.getString("residentB"));
      assertThat(roster).contains("PGY-2").contains("PGY-3");

      // nothing wider than the phone: no sideways scrolling
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("program-director-roster-375px");
    }
  }
}
