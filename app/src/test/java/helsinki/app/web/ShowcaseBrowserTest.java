package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.ingest.IngestSettings;
import helsinki.ingest.Ingester;
import helsinki.library.Analyzer;
import helsinki.library.IngestListener;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 5's showcase in Debian's Chromium, over the two examples analysed for real (one CoreNLP
 * load): search → the HRF letter → the asks tracker → the Tillerson trip's engagement page → the
 * civil-society ask, NOT_MET on the HRW sentence → its target's actor page; a screenshot of each page in {@code target/screenshots}.
 */
class ShowcaseBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String LETTER = "hrf-letter-tillerson-2017-04-07";
  private static final String DISPATCH = "hrw-tillerson-freeze-out-2017-04";

  /** Held, so that the level sticks: Selenium warns it has no DevTools bindings for this Chromium, which the test does not use. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  @TempDir static Path dir;
  static Library library;
  static WebApp web;
  static ChromeDriverService service;
  static WebDriver browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no browser test: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    String shared = System.getProperty("helsinki.shared");
    Assumptions.assumeTrue(shared != null && Files.exists(Path.of(shared, "examples", LETTER + ".txt")),
        "no showcase: the examples are not beside the repository (../shared/examples)");
    Path examples = Path.of(shared, "examples");
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null),
        Analyzer.withNlp(new Ingester(IngestSettings.defaults()), null));
    library.ingest(List.of(examples.resolve(LETTER + ".txt").toString(), examples.resolve(DISPATCH + ".txt").toString()),
        IngestListener.NONE);
    web = WebApp.create(library).start("127.0.0.1", 0);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
        "--user-data-dir=" + dir.resolve("chromium-profile"));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (web != null) {
      web.close();
    }
    if (library != null) {
      library.close();
    }
  }

  @Test
  void a_person_follows_the_tillerson_letter_to_the_civil_society_ask_not_met() throws IOException {
    browser.get("http://127.0.0.1:" + web.port() + "/");
    browser.findElement(By.id("q")).sendKeys("Tillerson Russia");
    browser.findElement(By.cssSelector("form.search button")).click();
    await(() -> !browser.findElements(By.cssSelector(".hit")).isEmpty());
    screenshot("11-showcase-search");

    browser.findElement(By.linkText("Letter to Secretary Tillerson on First Russia Trip")).click();
    await(() -> browser.getCurrentUrl().contains("/documents/"));
    assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("Your upcoming visit to the Russian Federation");
    screenshot("12-showcase-letter");

    browser.findElement(By.linkText("Asks")).click();
    await(() -> browser.getCurrentUrl().endsWith("/asks"));
    WebElement notMet = browser.findElement(By.cssSelector(".board .column.status-not_met"));
    assertThat(notMet.findElements(By.cssSelector(".card"))).singleElement()
        .satisfies(c -> assertThat(c.getText()).contains("civil society").contains("Tillerson"));
    screenshot("13-showcase-asks");

    WebElement row = browser.findElements(By.cssSelector("#table tbody tr")).stream()
        .filter(r -> r.getText().contains("NOT_MET")).findFirst().orElseThrow();
    row.findElement(By.cssSelector("a[href^='/engagements/']")).click();
    await(() -> browser.getCurrentUrl().contains("/engagements/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tillerson").contains("visit");
    assertThat(browser.findElements(By.cssSelector("ul.members > li"))).hasSizeGreaterThanOrEqualTo(2);
    screenshot("14-showcase-engagement");

    List<WebElement> decided = browser.findElements(By.cssSelector("ul.asks > li")).stream()
        .filter(li -> li.findElement(By.cssSelector(".status")).getText().equals("NOT_MET")).toList();
    assertThat(decided).singleElement().satisfies(li -> assertThat(li.getText()).contains("civil society"));
    decided.get(0).findElement(By.cssSelector("a")).click();
    await(() -> browser.getCurrentUrl().contains("/asks/"));
    WebElement outcome = browser.findElement(By.cssSelector("li.step.outcome"));
    assertThat(outcome.findElement(By.cssSelector(".status")).getText()).isEqualTo("NOT_MET");
    assertThat(outcome.findElement(By.cssSelector("blockquote")).getText())
        .contains("didn’t meet with any of Russia’s civil society leaders");
    assertThat(outcome.findElement(By.cssSelector("a[href^='/documents/']")).getText())
        .contains("The Wrong Time for Tillerson to Freeze Out Russia’s Independent Groups");
    ((ChromeDriver) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", outcome);
    screenshot("15-showcase-ask-not-met");

    browser.findElement(By.cssSelector(".facts a[href^='/actors/']")).click();
    await(() -> browser.getCurrentUrl().contains("/actors/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tillerson");
    assertThat(browser.findElements(By.cssSelector("ul.asks .status")).stream().map(WebElement::getText).toList())
        .contains("NOT_MET", "OPEN");
    assertThat(browser.findElements(By.cssSelector("ol.timeline li"))).isNotEmpty();
    screenshot("16-showcase-actor");
  }

  /** Waits up to ten seconds for {@code condition}; fails if it never holds. */
  private static void await(BooleanSupplier condition) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the page did not get there in ten seconds");
      }
      Thread.onSpinWait();
    }
  }

  private static void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
  }
}
