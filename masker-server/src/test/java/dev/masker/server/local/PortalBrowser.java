package dev.masker.server.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, pointed at a packaged server's
 * portal. Every wait is a condition wait. When {@code -Dportal.screenshots=<directory>} is given,
 * {@link #screenshot} writes a PNG of the page there.
 */
final class PortalBrowser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String SKIPPED =
      "Chromium not installed: portal browser tests skipped (apt-get install chromium chromium-driver)";
  private static final Duration WAIT = Duration.ofSeconds(20);
  static final Dimension DESKTOP = new Dimension(1280, 900);

  final ChromeDriver driver;
  final Path downloads;
  final String origin;
  private final Path profile;
  private final Path screenshots;

  private PortalBrowser(ChromeDriver driver, Path downloads, Path profile, String origin) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
    this.origin = origin;
    var asked = System.getProperty("portal.screenshots", "");
    this.screenshots = asked.isBlank() ? null : repositoryPath(asked);
  }

  /** Skips the calling test class, with a plain message, where Chromium is not installed. */
  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), SKIPPED);
  }

  static PortalBrowser open(int port) throws IOException {
    var profile = Files.createTempDirectory("portal-chromium-");
    var downloads = Files.createTempDirectory("portal-downloads-");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    var service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    var driver = new ChromeDriver(service, options);
    var origin = "http://localhost:" + port;
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    driver.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of(
            "origin",
            origin,
            "permissions",
            List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    return new PortalBrowser(driver, downloads, profile, origin);
  }

  /** Opens a portal route such as {@code /sessions?status=ok} in a fresh page load. */
  void visit(String route) {
    driver.get(origin + "/portal/#" + route);
  }

  /** Starts over signed out: no cookie, the sign-in page. */
  void signedOut() {
    driver.get(origin + "/portal/");
    driver.manage().deleteAllCookies();
    driver.manage().window().setSize(DESKTOP);
    driver.navigate().refresh();
    awaitPage("sign-in");
  }

  void signIn(String email, String password) {
    signedOut();
    screenshot("sign-in");
    type(By.cssSelector("input[name=email]"), email);
    type(By.cssSelector("input[name=password]"), password);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    awaitPage("dashboard");
  }

  /** Waits until the portal shows the page of that name (data-page of the body), loaded. */
  void awaitPage(String page) {
    await(
        d ->
            page.equals(d.findElement(By.tagName("body")).getAttribute("data-page"))
                && (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return document.getElementById('main').dataset.shown === location.hash")
                && d.findElements(By.cssSelector("main[aria-busy]")).isEmpty()
                && !d.findElements(By.cssSelector("main h1")).isEmpty());
  }

  <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .withMessage(this::whereWeAre)
        .until(condition);
  }

  WebElement visible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void type(By by, String text) {
    var field = visible(by);
    field.clear();
    field.sendKeys(text);
  }

  /** What a failed wait reports: the address, the status line and the page's text. */
  private String whereWeAre() {
    try {
      return "at "
          + driver.getCurrentUrl()
          + ", status line \""
          + statusText()
          + "\", page:\n"
          + mainText();
    } catch (RuntimeException unreadable) {
      return "the page could not be read: " + unreadable.getMessage();
    }
  }

  String mainText() {
    return driver.findElement(By.tagName("main")).getText();
  }

  String statusText() {
    return driver.findElement(By.id("status")).getText();
  }

  /** Everything the browser holds for the page: markup, attribute values and form values. */
  String everything() {
    var values =
        (String)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll('input,textarea,select'))"
                        + ".map(e => e.value).join('\\n')");
    return driver.getPageSource() + "\n" + values + "\n" + statusText();
  }

  /** Whether the page scrolls sideways: wider than the window's layout viewport. */
  boolean scrollsSideways() {
    return (Boolean)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  /** Waits for one finished download whose name ends with {@code suffix}. */
  Path download(String suffix) {
    return await(
        d -> {
          try (Stream<Path> files = Files.list(downloads)) {
            return files
                .filter(file -> file.getFileName().toString().endsWith(suffix))
                .filter(file -> file.toFile().length() > 0)
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            return null;
          }
        });
  }

  /** A PNG of the whole page as {@code <name>.png}, when screenshots were asked for. */
  void screenshot(String name) {
    if (screenshots == null) {
      return;
    }
    try {
      var window = driver.manage().window();
      var before = window.getSize();
      var height =
          ((Number)
                  ((JavascriptExecutor) driver)
                      .executeScript("return document.documentElement.scrollHeight"))
              .intValue();
      window.setSize(
          new Dimension(
              before.getWidth(), Math.min(4000, Math.max(before.getHeight(), height + 200))));
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      window.setSize(before);
    } catch (IOException e) {
      throw new IllegalStateException("could not write the screenshot " + name, e);
    }
  }

  /** A relative directory is taken from the repository's root, where the README's commands run. */
  private static Path repositoryPath(String asked) {
    var path = Path.of(asked);
    if (path.isAbsolute()) {
      return path;
    }
    var here = Path.of("").toAbsolutePath();
    var root = Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    return root.resolve(path);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    for (var directory : List.of(profile, downloads)) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
    assertThat(Files.exists(profile)).isFalse();
  }
}
