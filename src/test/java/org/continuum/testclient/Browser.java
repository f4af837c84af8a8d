package org.continuum.testclient;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Missing Chromium is a failure with instructions,
 * never a silent skip.
 */
public final class Browser implements AutoCloseable {

  public static final String CHROMIUM = "/usr/bin/chromium";
  public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** Whether a tap on the middle of arguments[0] reaches it, nothing drawn over it. */
  private static final String UNCOVERED =
      "const e = arguments[0], r = e.getBoundingClientRect();"
          + " const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
          + " return !!top && (e === top || e.contains(top));";

  private final WebDriver driver;
  private final Path profile;

  private Browser(int width, int height) throws IOException {
    this(width, height, null);
  }

  private Browser(int width, int height, Path downloads) throws IOException {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Chromium and its driver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + ". Install them with: sudo apt-get install -y chromium chromium-driver");
    }
    profile = Files.createTempDirectory("continuum-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    if (downloads != null) {
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    WebDriver chrome = new ChromeDriver(service, options);
    chrome.manage().window().setSize(new Dimension(width, height));
    driver = new EventFiringDecorator<WebDriver>(new ScrollsBeforeTapping(chrome)).decorate(chrome);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /**
   * A person brings what they are about to tap to the middle of the screen; WebDriver taps where it
   * is if any of it shows, which on a phone may be under the bottom navigation bar.
   */
  public static final class ScrollsBeforeTapping implements WebDriverListener {
    private final WebDriver page;

    // public with its methods: the decorator calls them by reflection
    ScrollsBeforeTapping(WebDriver page) {
      this.page = page;
    }

    @Override
    public void beforeClick(WebElement element) {
      // only when something else covers its middle: a dialog's button is tapped where it is
      JavascriptExecutor js = (JavascriptExecutor) page;
      if (!(Boolean) js.executeScript(UNCOVERED, element)) {
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      }
    }
  }

  /** A phone-sized window: 375 CSS pixels wide. */
  public static Browser phone() throws IOException {
    return new Browser(375, 812);
  }

  public static Browser desktop() throws IOException {
    return new Browser(1280, 900);
  }

  /** A desktop window whose downloads land in {@code downloads}. */
  public static Browser desktop(Path downloads) throws IOException {
    return new Browser(1280, 900, downloads);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Signs in through the login page (and waits for the page after it to start loading). */
  public void signIn(URL base, String username, String password) {
    driver.get(base + "login.xhtml");
    driver.findElement(By.id("signInForm:username")).sendKeys(username);
    driver.findElement(By.id("signInForm:password")).sendKeys(password);
    driver.findElement(By.id("signInForm:submit")).click();
  }

  /** How wide the page is drawn: wider than the window means sideways scrolling. */
  public long pageWidth() {
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
  }

  /** Whether an element is wholly within the window, where the user is looking. */
  public boolean inView(WebElement element) {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
  }

  /**
   * Whether a tap on the middle of the element reaches it where it now is, nothing (a bar, a
   * dialog) drawn over it, without scrolling.
   */
  public boolean uncovered(WebElement element) {
    return (Boolean) ((JavascriptExecutor) driver).executeScript(UNCOVERED, element);
  }

  /** Saves a screenshot under target/screenshots, for looking at after a run. */
  public void screenshot(String name) throws IOException {
    Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(),
        dir.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
