package helsinki.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import helsinki.library.IngestListener;
import helsinki.library.Library;
import helsinki.library.LibraryLocation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
 * Debian's Chromium, headless, driven through search → a document's reader page → an upload, with a
 * screenshot of each page in {@code target/screenshots}. Nothing is downloaded: the browser and
 * its driver are the ones Debian installed, or the test is skipped.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Selenium warns that it has no DevTools bindings for this Chromium; this test uses none. Held, so the level sticks. */
  private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

  static {
    SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  @TempDir Path dir;
  Library library;
  WebApp web;
  ChromeDriverService service;
  WebDriver browser;

  @BeforeEach
  void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "no browser test: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    library = Library.open(LibraryLocation.resolve(dir.resolve("data"), null, null),
        new helsinki.ingest.Ingester(helsinki.ingest.IngestSettings.defaults()), 2, Nlp.analyzer());
    library.ingest(List.of(Fixtures.write(dir.resolve("corpus")).toString()), IngestListener.NONE);
    web = WebApp.create(library).start("127.0.0.1", 0);
    // Naming the driver's path keeps Selenium Manager from looking for (or downloading) one.
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

  @AfterEach
  void stop() {
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
  void a_person_searches_opens_a_letter_and_reads_markup_as_text() throws IOException {
    String base = "http://127.0.0.1:" + web.port();
    browser.get(base + "/");
    browser.findElement(By.id("q")).sendKeys("detained");
    browser.findElement(By.cssSelector("form.search button")).click();
    await(() -> !browser.findElements(By.cssSelector(".hit mark")).isEmpty());
    assertThat(browser.getCurrentUrl()).contains("/search?q=detained");
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(2);
    screenshot("01-search");

    browser.findElement(By.linkText(Fixtures.LETTER_TITLE)).click();
    await(() -> browser.getCurrentUrl().contains("/documents/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(Fixtures.LETTER_TITLE);
    assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("We ask you to release the detained lawyers");
    screenshot("02-reader");

    browser.navigate().back();
    browser.findElement(By.partialLinkText("hostile markup")).click();
    await(() -> browser.getCurrentUrl().contains("/documents/"));
    assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("pasted <script>alert(1)</script> into");
    assertThat(browser.findElements(By.cssSelector(".text script"))).isEmpty();
    screenshot("03-reader-with-markup-as-text");

    Path upload = Files.writeString(dir.resolve("tamsin.txt"),
        "Observers in Tamsin counted forty polling stations that closed early.\n", java.nio.charset.StandardCharsets.UTF_8);
    browser.findElement(By.linkText("Ingest")).click();
    browser.findElement(By.id("files")).sendKeys(upload.toString());
    browser.findElement(By.cssSelector("form.ingest button")).click();
    await(() -> !browser.findElements(By.cssSelector(".report")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".report")).getText()).isEqualTo("new tamsin.txt → " + browser.findElement(By.cssSelector(".report a")).getText());
    screenshot("04-ingest");
  }

  @Test
  void a_person_reads_a_letters_extractions_corrects_an_ask_and_finds_it_in_the_audit_trail() throws IOException {
    library.ingest(List.of(AnalysedFixtures.write(dir.resolve("analysed")).toString()), IngestListener.NONE);
    String base = "http://127.0.0.1:" + web.port();
    browser.get(base + "/search?q=Varga");
    browser.findElement(By.linkText(AnalysedFixtures.LETTER_TITLE)).click();
    await(() -> browser.getCurrentUrl().contains("/documents/"));
    // A run of an ask that also holds a name links to the name (the innermost mark); take one of the ask's own.
    List<WebElement> asks = browser.findElements(By.cssSelector(".text a.hl-ask")).stream()
        .filter(a -> a.getAttribute("href").contains("#item-ask-")).toList();
    assertThat(asks).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".text a.hl-person"))).isNotEmpty();
    screenshot("05-reader-with-extractions");

    String anchor = asks.get(0).getAttribute("href").replaceFirst(".*#", "");
    asks.get(0).click();
    WebElement item = browser.findElement(By.id(anchor));
    await(() -> item.getAttribute("open") != null);
    item.findElement(By.cssSelector("input[name=decision][value=corrected]")).click();
    WebElement fields = item.findElement(By.name("correction"));
    String corrected = fields.getAttribute("value").replaceFirst("\"action\" : \"[A-Z_]+\"", "\"action\" : \"SUPPORT\"");
    fields.clear();
    fields.sendKeys(corrected);
    item.findElement(By.name("reviewer")).sendKeys("Selma Browser");
    item.findElement(By.name("note")).sendKeys("the letter asks for support");
    screenshot("06-review-form");
    item.findElement(By.cssSelector("form.review button")).click();
    await(() -> !browser.findElements(By.cssSelector("#" + anchor + " .badge-corrected")).isEmpty());
    assertThat(browser.findElement(By.id(anchor)).getAttribute("open")).isNotNull();
    assertThat(browser.findElement(By.cssSelector("#" + anchor + " .fields")).getText()).contains("SUPPORT");
    screenshot("07-reviewed-item");

    browser.findElement(By.linkText("Audit")).click();
    await(() -> !browser.findElements(By.cssSelector("table.audit tbody tr")).isEmpty());
    String row = browser.findElement(By.cssSelector("table.audit tbody tr")).getText();
    assertThat(row).contains("Selma Browser").contains("corrected").contains("SUPPORT").contains("the letter asks for support");
    screenshot("08-audit-trail");

    browser.findElement(By.linkText("Countries")).click();
    await(() -> !browser.findElements(By.cssSelector("path[data-code=AZ]")).isEmpty());
    screenshot("09-countries");
    browser.get(base + "/countries/AZ");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Azerbaijan");
    screenshot("10-country");
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

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
  }
}
