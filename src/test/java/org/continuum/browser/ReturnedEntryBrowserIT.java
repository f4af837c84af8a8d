package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.continuum.testclient.Browser;
import org.continuum.testclient.Cast;
import org.continuum.testclient.LogBodies;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An entry its supervisor returned waits at the top of the resident's home on a phone, with the
 * reason, until the resident corrects it.
 */
class ReturnedEntryBrowserIT extends ServerTest {

  @Test
  void aReturnedEntryWaitsOnTheHomeWithItsReasonUntilCorrected() throws Exception {
    Cast cast = Cast.of(base, "procedure-programs");
    WebClient api = WebClient.at(base);
    HttpResponse<String> logged =
        LogBodies.submit(api, cast, "residentA", LogBodies.tfesi(cast, "facultyA"));
    assertThat(logged.statusCode()).isEqualTo(201);
    JsonObject entry = WebClient.json(logged);
    long id = entry.getJsonNumber("id").longValue();
    String reason = "Levels were L3-L4 and L4-L5 per the procedure note";
    HttpResponse<String> returned =
        api.postJson(
            "/api/v1/procedure-logs/" + id + "/reject",
            Json.createObjectBuilder()
                .add("version", entry.getJsonNumber("version").longValue())
                .add("reason", reason)
                .build()
                .toString(),
            cast.auth("facultyA"));
    assertThat(returned.statusCode()).isEqualTo(200);

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("residentA"), cast.getString("password"));
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      WebElement waiting = page.findElement(By.id("returnedEntries"));
      assertThat(waiting.getText())
          .contains("An entry was returned to you")
          .contains("Transforaminal epidural injection, lumbar or sacral")
          .contains(reason);
      WebElement link = page.findElement(By.id("returned-" + id));
      assertThat(browser.inView(link)).as("at the top of the home, without scrolling").isTrue();
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("resident-home-returned-375px");

      link.click();
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/log.xhtml"));
      assertThat(page.findElement(By.id("logForm")).getText()).contains(reason);
      page.findElement(By.id("logForm:save")).click();
      By saved = By.cssSelector(".ui-messages-info");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(saved));
      browser.waiting().until(d -> browser.inView(d.findElement(saved)));
      assertThat(page.findElement(saved).getText()).contains("waits for");

      page.get(base + "trainee/index.xhtml");
      assertThat(page.findElements(By.id("returnedEntries")))
          .as("corrected, it waits for the supervisor again, not for the resident")
          .isEmpty();
    }
  }
}
