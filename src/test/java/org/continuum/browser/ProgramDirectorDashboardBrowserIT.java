package org.continuum.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuum.testclient.Browser;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The program director opens the dashboard's heat map, then a trainee's committee packet, and
 * downloads it as a PDF that reads back; then the trainee's portfolio, likewise.
 */
class ProgramDirectorDashboardBrowserIT extends ServerTest {

  @Test
  void theDirectorReadsTheHeatMapAndDownloadsAPacketAndAPortfolio() throws Exception {
    WebClient api = WebClient.at(base);
    JsonObject cast = api.fixture("review-programs");
    String password = cast.getString("password");
    long program = cast.getJsonNumber("programA").longValue();
    long period = api.openReviewOfFixture(cast);
    Path downloads = Files.createTempDirectory("continuum-downloads");
    try (Browser browser = Browser.desktop(downloads)) {
      WebDriver page = browser.driver();
      browser.signIn(base, cast.getString("directorA"), password);
      browser.waiting().until(ExpectedConditions.urlContains("/program/"));
      page.get(base + "program/dashboard.xhtml?program=" + program);
      String heatMap = page.findElement(By.id("heatMap")).getText();
      assertThat(heatMap).contains("PC5").contains("3.5");
      assertThat(browser.pageWidth())
          .as("the wide heat map scrolls inside its box, the page does not")
          .isLessThanOrEqualTo(1280);
      assertThat(page.findElements(By.cssSelector("[id='completionForm:completionChart'] canvas")))
          .as("faculty completion drawn as a chart above its table")
          .hasSize(1);
      browser.screenshot("director-dashboard-heat-map");

      page.get(
          base
              + "ccc/packet.xhtml?program="
              + program
              + "&period="
              + period
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      assertThat(browser.pageWidth())
          .as("no column of the packet cut off")
          .isLessThanOrEqualTo(1280);
      page.findElement(By.id("pdfForm:downloadPdf")).click();
      Path pdf =
          new WebDriverWait(page, Duration.ofSeconds(20))
              .until(driver -> finished(downloads, "packet-").orElse(null));
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("Competency committee evidence packet")
            .contains("Faculty this period: 3.5");
      }

      page.get(
          base
              + "ccc/trajectory.xhtml?program="
              + program
              + "&trainee="
              + cast.getJsonNumber("residentAId"));
      page.findElement(By.id("portfolio:download")).click();
      Path portfolio =
          new WebDriverWait(page, Duration.ofSeconds(20))
              .until(driver -> finished(downloads, "portfolio-").orElse(null));
      try (PDDocument document = Loader.loadPDF(portfolio.toFile())) {
        assertThat(new PDFTextStripper().getText(document))
            .contains("Training portfolio")
            .contains("Procedure minimums")
            .contains("Signed evaluations");
      }
    }
  }

  /**
   * The downloaded file once Chromium has finished writing it. Chromium reserves the final name
   * with an empty file while it writes into a {@code .crdownload} file beside it, so a file with
   * the right name alone is not yet the download.
   */
  private static Optional<Path> finished(Path downloads, String prefix) {
    try (Stream<Path> files = Files.list(downloads)) {
      List<Path> all = files.toList();
      // Chromium's temporary name does not always keep the file's name ("Unconfirmed 123...").
      if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
        return Optional.empty();
      }
      for (Path file : all) {
        String name = file.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".pdf") && Files.size(file) > 0) {
          return Optional.of(file);
        }
      }
      return Optional.empty();
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }
}
