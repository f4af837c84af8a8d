package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The procedure log's whole path in a real browser: a resident logs a two-level TFESI on a 375 px
 * phone, seeing its codes before saving, the supervisor verifies a batch on a phone, and the
 * program director finds it in the minimums report.
 */
class ProcedureLoggingBrowserIT extends ServerTest {

  @Test
  void aLogTravelsFromThePhoneToTheMinimumsReport() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("procedure-programs");
    String password = cast.getString("password");
    // an earlier entry, so the form opens with this supervisor chosen
    String token = api.token(cast.getString("residentA"), password);
    HttpResponse<String> earlier =
        api.postJson(
            "/api/v1/procedure-logs",
            Json.createObjectBuilder()
                .add("procedureCode", "EDX-CONSULT")
                .add(
                    "performedOn", LocalDate.parse(cast.getString("today")).minusDays(2).toString())
                .add("supervisorId", cast.getJsonNumber("facultyAId").longValue())
                .add("role", "PERFORMED")
                .add("setting", "OUTPATIENT")
                .add("laterality", "LEFT")
                .add(
                    "counts",
                    Json.createObjectBuilder().add("NERVE_STUDIES", 6).add("EMG_LIMBS", 1))
                .add("ageBand", "AGE_40_64")
                .add("sex", "MALE")
                .build()
                .toString(),
            "Authorization",
            WebClient.bearer(token),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(earlier.statusCode()).isEqualTo(201);

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("residentA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      page.get(base + "trainee/log.xhtml");

      WebElement search = page.findElement(By.id("logForm:procedureTypeId_input"));
      search.sendKeys("tfesi");
      WebElement lumbar =
          browser
              .waiting()
              .until(
                  ExpectedConditions.elementToBeClickable(
                      By.xpath(
                          "//li[contains(@class,'ui-autocomplete-item')][contains(.,'lumbar')]")));
      lumbar.click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:levels")));
      choose(browser, "levels", "L4-L5");
      By preview = By.id("logForm:codingPreview");
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(preview, "enter the side"));
      choose(browser, "laterality", "Left");
      browser
          .waiting()
          .until(ExpectedConditions.textToBePresentInElementLocated(preview, "logged as 64483"));
      choose(browser, "levels", "L5-S1");
      // the codes are in view beside the button before anything is saved
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  preview, "Will be logged as 64483, +64484"));
      assertThat(page.findElement(preview).isDisplayed()).isTrue();
      choose(browser, "ageBand", "65-79");
      choose(browser, "sex", "Female");
      page.findElement(By.cssSelector("details.more summary")).click();
      choose(browser, "complications", "Vasovagal reaction");
      // a diagnosis found by words, chosen from the list
      page.findElement(By.id("logForm:diagnosisCodes_input")).sendKeys("lumbar radic");
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(.,'M54.16')]")))
          .click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("logForm:diagnosisCodes"), "Radiculopathy, lumbar region"));
      // a refused note stays as typed, in its section, which opens with the message in view
      String named = "Seen with Mrs. Alvarez";
      page.findElement(By.id("logForm:note")).sendKeys(named);
      assertThat(browser.uncovered(page.findElement(By.id("logForm:save"))))
          .as("the save bar rides above the bottom navigation, tappable where it is")
          .isTrue();
      page.findElement(By.id("logForm:save")).click();
      WebElement refusal =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(
                          "[id='logForm:note'] ~ .ui-message-error, .ui-message-error")));
      assertThat(refusal.getText()).contains("Note seems to contain");
      assertThat(page.findElement(By.cssSelector("details.more")).getAttribute("open")).isNotNull();
      assertThat(page.findElement(By.id("logForm:note")).getAttribute("value")).isEqualTo(named);
      // a summary above the form lists what to change, and the refused answer has the focus
      WebElement summary =
          browser
              .waiting()
              .until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("[id='logForm'] > .error-summary[role='alert']")));
      assertThat(summary.getText())
          .contains("One answer needs a change")
          .contains("Note seems to contain");
      assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("logForm:note");
      summary.findElement(By.tagName("a")).click();
      assertThat(page.switchTo().activeElement().getAttribute("id"))
          .as("its link leads to the answer")
          .isEqualTo("logForm:note");
      // a note past its limit is counted over, refused naming the limit, and kept as typed
      String longNote = "Tolerated well. ".repeat(33); // 528 characters
      page.findElement(By.id("logForm:note")).clear();
      page.findElement(By.id("logForm:note")).sendKeys(longNote);
      assertThat(page.findElement(By.id("logForm:note_count")).getText())
          .isEqualTo("28 characters over the limit of 500");
      page.findElement(By.id("logForm:save")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector(".ui-message-error"), "at most 500 characters"));
      assertThat(page.findElement(By.id("logForm:note")).getAttribute("value"))
          .as("nothing cut")
          .isEqualTo(longNote);
      page.findElement(By.id("logForm:note")).clear();
      page.findElement(By.id("logForm:save")).click();

      // what was logged replaces the form, where the resident is looking, until they choose
      WebElement confirmation =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:logged")));
      browser.waiting().until(d -> browser.inView(d.findElement(By.id("logForm:logged"))));
      assertThat(confirmation.getText())
          .startsWith("Logged")
          .contains("Transforaminal epidural injection, lumbar or sacral")
          .contains("64483, +64484")
          .contains("will verify it");
      assertThat(page.switchTo().activeElement().getAttribute("id"))
          .as("the confirmation has the focus")
          .isEqualTo("logForm:logged");
      assertThat(page.findElements(By.id("logForm:save")))
          .as("no form left to tap a second time")
          .isEmpty();
      assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(375);
      browser.screenshot("resident-logged-tfesi-375px");
      page.findElement(By.id("logForm:logAnother")).click();
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("logForm:save")));
      assertThat(page.findElement(By.id("logForm:procedureTypeId_input")).getAttribute("value"))
          .as("the next patient's form keeps the procedure")
          .startsWith("Transforaminal epidural injection, lumbar or sacral");

      page.get(base + "trainee/logs.xhtml");
      assertThat(
              page.findElement(By.cssSelector("[id='logsForm:logs'] th[aria-sort]"))
                  .getAttribute("aria-sort"))
          .as("the list says it is newest first, as it is")
          .isEqualTo("descending");
      assertThat(page.findElement(By.id("logsForm:logs")).getText())
          .contains("Transforaminal epidural injection, lumbar or sacral")
          .contains("Waiting for verification");
    }
    // every tap reached the stored entry
    JsonObject newest =
        WebClient.json(
                api.get("/api/v1/procedure-logs?limit=1", "Authorization", WebClient.bearer(token)))
            .getJsonArray("items")
            .getJsonObject(0);
    JsonObject stored =
        WebClient.json(
            api.get(
                "/api/v1/procedure-logs/" + newest.getJsonNumber("id"),
                "Authorization",
                WebClient.bearer(token)));
    assertThat(stored.getString("procedureCode")).isEqualTo("TFESI-LS");
    assertThat(stored.getString("spineRegion")).isEqualTo("LUMBAR");
    assertThat(stored.getJsonArray("levels").getString(0)).isEqualTo("L4-L5");
    assertThat(stored.getJsonArray("levels").getString(1)).isEqualTo("L5-S1");
    JsonObject addOn = stored.getJsonObject("codedAs").getJsonArray("codes").getJsonObject(1);
    assertThat(addOn.getString("code")).as("the add-on for the second level").isEqualTo("+64484");
    assertThat(addOn.getInt("units")).as("once").isEqualTo(1);
    assertThat(stored.getString("laterality")).isEqualTo("LEFT");
    assertThat(stored.getString("ageBand")).isEqualTo("AGE_65_79");
    assertThat(stored.getString("sex")).isEqualTo("FEMALE");
    assertThat(stored.getString("role")).as("defaulted from the last entry").isEqualTo("PERFORMED");
    assertThat(stored.getJsonNumber("supervisorId").longValue())
        .as("defaulted from the last entry")
        .isEqualTo(cast.getJsonNumber("facultyAId").longValue());
    assertThat(stored.getJsonArray("complications").getString(0)).isEqualTo("VASOVAGAL");
    assertThat(stored.getJsonArray("diagnosisCodes").getString(0)).isEqualTo("M54.16");

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("facultyA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/faculty/"));
      page.get(base + "faculty/verify.xhtml");
      assertThat(page.findElement(By.id("queueForm:queue")).getText())
          .as("what tells two entries of one day apart")
          .contains("Logged " + LocalDate.parse(cast.getString("today")))
          .contains("M54.16")
          .contains("L4-L5, L5-S1");
      for (WebElement box :
          page.findElements(By.cssSelector("#queueForm\\:queue tbody .ui-chkbox-box"))) {
        box.click();
      }
      page.findElement(By.id("queueForm:verifySelected")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("queueForm:queue"), "Nothing waits for you."));
      assertThat(page.findElement(By.cssSelector(".ui-messages-info")).getText())
          .contains("2 entries verified");
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("faculty-verified-batch-375px");
    }

    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      page.get(base + "program/minimums.xhtml?program=" + cast.getJsonNumber("programA"));
      String report = page.findElement(By.id("reportForm:report")).getText();
      assertThat(report).contains("Minimum EPIDURAL").contains("1 / 3");
      browser.screenshot("director-minimums-report");
    }
  }

  /** Taps the choice with this label in a group of radio buttons or checkboxes. */
  private static void choose(Browser browser, String group, String label) {
    By choice =
        By.xpath("//*[@id='logForm:" + group + "']//label[normalize-space(.)='" + label + "']");
    WebElement button = browser.waiting().until(ExpectedConditions.elementToBeClickable(choice));
    // as a thumb would: bring it above the sticky save bar first
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }
}
