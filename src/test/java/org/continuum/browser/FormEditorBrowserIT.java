package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.testclient.Browser;
import org.continuum.testclient.Cast;
import org.continuum.testclient.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A director building the next version of a form is offered only the scales that fit it: the
 * anonymous evaluation of teaching takes the teaching scale, never O-SCORE or supervision, and a
 * form about a trainee never the teaching scale.
 */
class FormEditorBrowserIT extends ServerTest {

  @Test
  void theFormEditorOffersTheScalesThatFitTheForm() throws Exception {
    Cast cast = Cast.of(base, "evaluation-programs");
    long program = cast.getJsonNumber("programA").longValue();
    try (Browser browser = Browser.desktop()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), cast.getString("password"));

      nextVersion(browser, program, "Form ROT");
      assertThat(scalesOffered(browser))
          .containsExactly(
              "Choose a scale", "Autonomy (Zwisch)", "Teaching (agree or disagree)", "Narrative");
      new Select(page.findElement(By.id("itemForm:type")))
          .selectByVisibleText("Teaching (agree or disagree)");
      page.findElement(By.id("itemForm:prompt"))
          .sendKeys("This teacher explained the reasons behind decisions.");
      page.findElement(By.id("itemForm:saveItem")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("itemsForm:items"),
                  "This teacher explained the reasons behind decisions."));
      assertThat(page.findElement(By.id("itemsForm:items")).getText())
          .contains("Teaching (agree or disagree)");

      nextVersion(browser, program, "Form FAC");
      assertThat(scalesOffered(browser))
          .contains("Milestone level", "Entrustment (O-SCORE)", "Supervision level")
          .doesNotContain("Teaching (agree or disagree)");
    }
  }

  @Test
  void aDirectorGivesARotationItsOwnFormOnAPhone() throws Exception {
    Cast cast = Cast.of(base, "rotation-form-programs");
    long program = cast.getJsonNumber("programA").longValue();
    try (Browser browser = Browser.phone()) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), cast.getString("password"));
      page.get(base + "program/forms.xhtml?program=" + program);
      assertThat(page.findElement(By.id("rotationFormsForm:rotationForms")).getText())
          .as("the default was pinned when a second faculty form was published")
          .contains("Every other rotation")
          .contains("Form FAC (FAC)");
      new Select(page.findElement(By.id("rotationFormsForm:rotation")))
          .selectByVisibleText("Rotation EDX");
      Select form = new Select(page.findElement(By.id("rotationFormsForm:form")));
      assertThat(form.getOptions().stream().map(WebElement::getText).toList())
          .as("published forms about a trainee, never the anonymous one")
          .contains("Form EDXF (EDXF)")
          .noneMatch(o -> o.startsWith("Form ROT") || o.startsWith("Form DOBS"));
      form.selectByVisibleText("Form EDXF (EDXF)");
      page.findElement(By.id("rotationFormsForm:choose")).click();
      By saved = By.cssSelector(".ui-messages-info");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(saved));
      browser.waiting().until(d -> browser.inView(d.findElement(saved)));
      assertThat(page.findElement(saved).getText()).contains("Rotation EDX uses Form EDXF");
      assertThat(page.findElement(By.id("rotationFormsForm:rotationForms")).getText())
          .contains("Rotation EDX")
          .contains("Form EDXF (EDXF)");
      assertThat(browser.pageWidth()).isLessThanOrEqualTo(375);
      browser.screenshot("director-rotation-forms-375px");
    }
  }

  /** Opens the form's page, starts its next version and opens the dialog for a new item. */
  private void nextVersion(Browser browser, long program, String title) {
    WebDriver page = browser.driver();
    page.get(base + "program/forms.xhtml?program=" + program);
    page.findElement(By.linkText(title)).click();
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("nextForm:nextVersion")));
    page.findElement(By.id("nextForm:nextVersion")).click();
    browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("detailsForm:addItem")));
    page.findElement(By.id("detailsForm:addItem")).click();
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("itemForm:type")));
  }

  private static List<String> scalesOffered(Browser browser) {
    WebElement type = browser.driver().findElement(By.id("itemForm:type"));
    return new Select(type).getOptions().stream().map(o -> o.getText().strip()).toList();
  }
}
