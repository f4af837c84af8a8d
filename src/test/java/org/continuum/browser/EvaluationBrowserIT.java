package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An evaluation's whole path in a real browser on a 375 px phone: the faculty member finds it
 * waiting, fills it in (saved as they go), signs it with their password; the trainee reads it and
 * acknowledges it.
 */
class EvaluationBrowserIT extends ServerTest {

  @Test
  void facultySignsOnAPhoneAndTheTraineeAcknowledges() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("evaluation-programs");
    String password = cast.getString("password");
    long resident = cast.getJsonNumber("resident1Id").longValue();
    String token = api.token(cast.getString("facultyA"), password);
    long id =
        Json.createReader(
                new StringReader(
                    api.get("/api/v1/evaluations", "Authorization", WebClient.bearer(token))
                        .body()))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getJsonNumber("traineeId").longValue() == resident)
            .filter(r -> r.getString("kind").equals("FACULTY_OF_TRAINEE"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("facultyA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/faculty/index.xhtml"));
      assertThat(page.findElement(By.id("evaluationsLink")).getText())
          .contains("evaluations to complete and sign");
      assertThat(page.findElement(By.cssSelector("[id$='overdueCount']")).getText())
          .contains("overdue");
      page.findElement(By.id("evaluationsLink")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/evaluations/index.xhtml"));
      page.findElement(By.cssSelector("a[href$='complete.xhtml?id=" + id + "']")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/evaluations/complete.xhtml"));

      // signing an empty form: the answers it lacks are marked first, no password is asked
      page.findElement(By.id("completeForm:openSign")).click();
      WebElement missing =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-problem")));
      assertThat(missing.getText()).contains("needs an answer");
      assertThat(browser.inView(missing)).as("the first missing answer is in sight").isTrue();
      assertThat(page.findElement(By.id("signDialog")).isDisplayed())
          .as("the dialog would hide the marks")
          .isFalse();
      browser.screenshot("faculty-evaluation-sign-incomplete-375px");
      // answering a marked item further down leaves the page where the user is: it does not
      // jump back to the first mark, which was shown already
      WebElement last = page.findElement(By.cssSelector("textarea"));
      ((JavascriptExecutor) page)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", last);
      // where the answer is drawn on the screen: what the user sees move (the summary above may
      // shrink, and the browser then keeps what is in view where it was)
      long before = topOnScreen(page, last);
      last.sendKeys("Plans studies well.");
      last.sendKeys(Keys.TAB);
      browser
          .waiting()
          .until(
              d ->
                  d.findElement(By.cssSelector("textarea"))
                      .findElements(
                          By.xpath("ancestor::fieldset//*[contains(@class, 'field-problem')]"))
                      .isEmpty());
      assertThat(Math.abs(topOnScreen(page, page.findElement(By.cssSelector("textarea"))) - before))
          .as("the page stays where the user was")
          .isLessThan(80);
      page.navigate().refresh();

      choose(browser, "3.5");
      waitForSave(browser);
      // the supervision levels in the accreditor's order, from most supervision to least
      assertThat(
              page
                  .findElements(
                      By.xpath(
                          "//label[normalize-space(.)='Direct supervision']"
                              + "/ancestor::*[contains(@class,'choice-list')][1]//label"))
                  .stream()
                  .map(l -> l.getText().strip())
                  .toList())
          .containsExactly(
              "Direct supervision",
              "Indirect, with direct supervision immediately available",
              "Indirect, with direct supervision available",
              "Oversight");
      choose(browser, "Indirect, with direct supervision available");
      waitForSave(browser);
      WebElement comments = page.findElement(By.cssSelector("textarea"));
      comments.clear(); // the draft kept what was typed above
      // a patient's record number is refused under the answer itself, where a phone user looks,
      // and what was typed stays
      comments.sendKeys("Saw the patient with MRN A12345 twice.");
      comments.sendKeys(Keys.TAB); // leaving the field saves it, and the page stays where it is
      WebElement problem =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-problem")));
      assertThat(problem.getText()).contains("seems to contain a record or account number");
      assertThat(browser.inView(problem)).as("the refusal is where the user is looking").isTrue();
      assertThat(comments.getAttribute("value"))
          .isEqualTo("Saw the patient with MRN A12345 twice.");
      browser.screenshot("faculty-evaluation-identifier-refused-375px");
      comments = page.findElement(By.cssSelector("textarea"));
      comments.clear();
      comments.sendKeys("Plans studies well; write the impression first.");
      page.findElement(By.tagName("h1")).click(); // leaving the field saves it
      waitForSave(browser);
      assertThat(browser.pageWidth()).as("no sideways scrolling").isLessThanOrEqualTo(375);
      browser.screenshot("faculty-evaluation-draft-375px");

      page.findElement(By.id("completeForm:openSign")).click();
      WebElement passwordField =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("signForm:password")));
      passwordField.sendKeys("wrong password");
      page.findElement(By.id("signForm:sign")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("signForm"), "Password is not correct"));
      page.findElement(By.id("signForm:password")).clear();
      page.findElement(By.id("signForm:password")).sendKeys(password);
      browser.screenshot("faculty-evaluation-password-refused-375px");
      page.findElement(By.id("signForm:sign")).click();
      browser.waiting().until(ExpectedConditions.urlContains("/evaluations/view.xhtml"));
      String signatureBlock = page.findElement(By.id("signatureBlock")).getText();
      assertThat(signatureBlock)
          .contains("Electronic signature")
          .contains("Authored")
          .contains("(UTC)")
          .contains("The seal verifies: this is the content as it was signed.");
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("faculty-evaluation-signed-375px");
    }

    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("resident1"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/trainee/index.xhtml"));
      assertThat(page.findElement(By.id("evaluationsToRead")).getText())
          .contains("about you to read and acknowledge");
      page.get(base + "evaluations/view.xhtml?id=" + id);
      assertThat(page.findElement(By.tagName("main")).getText())
          .contains("Plans studies well; write the impression first.")
          .contains("3.5");
      page.findElement(By.id("actionsForm:acknowledge")).click();
      WebElement acknowledged =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledged")));
      assertThat(acknowledged.getText()).startsWith("Acknowledged by");
      assertThat(page.findElements(By.id("actionsForm:acknowledge"))).isEmpty();
      browser.screenshot("trainee-evaluation-acknowledged-375px");
    }
  }

  /** Taps the choice with this label, as a thumb would. */
  private static void choose(Browser browser, String label) {
    By choice = By.xpath("//form[@id='completeForm']//label[normalize-space(.)='" + label + "']");
    WebElement button = browser.waiting().until(ExpectedConditions.elementToBeClickable(choice));
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  private static long topOnScreen(WebDriver page, WebElement element) {
    return ((Number)
            ((JavascriptExecutor) page)
                .executeScript("return arguments[0].getBoundingClientRect().top", element))
        .longValue();
  }

  private static void waitForSave(Browser browser) {
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("completeForm:saveState"), "Draft saved at"));
    // the next save must show a newer time: forget this one
    ((JavascriptExecutor) browser.driver())
        .executeScript("document.getElementById('completeForm:saveState').textContent = ''");
  }
}
