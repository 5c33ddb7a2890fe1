package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

/**
 * Opens the demo report in headless Chromium and checks what a person would see: the charts and
 * tables are present and visible, the page fits a phone's width, and it prints. Runs when Chromium
 * and ChromeDriver are installed (Debian packages chromium and chromium-driver; .ci/run installs
 * them); skipped otherwise. A screenshot is left in cli/target for people to look at.
 */
class ReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;
  private ChromeDriver browser;

  @BeforeEach
  void start() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed");
    ChromeOptions options = new ChromeOptions();
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
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The smallest text a person should have to read in a chart, in CSS pixels. */
  private static final double SMALLEST_TEXT = 11;

  @Test
  void chartsAndTablesAreVisibleOnAScreenAPhoneAndPaper() throws Exception {
    CommandRun run = CommandRun.run("", "demo", "--output", dir.toString(), "--rows", "20000");
    assertThat(run.exitCode).as(run.err).isZero();
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(dir.resolve("report.html").toUri().toString());

    List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart-wide"));
    assertThat(charts).hasSizeGreaterThanOrEqualTo(6);
    for (WebElement chart : charts) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isTrue();
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isGreaterThan(400);
      assertThat(chart.getSize().getHeight()).as(chart.getAttribute("id")).isGreaterThan(150);
      assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
    }
    for (WebElement narrow : browser.findElements(By.cssSelector("svg.chart-narrow"))) {
      assertThat(narrow.isDisplayed()).as(narrow.getAttribute("id")).isFalse();
    }
    assertThat(smallestChartText()).as("chart text on a wide screen").isGreaterThan(SMALLEST_TEXT);
    WebElement funnel = browser.findElement(By.id("chart-funnel"));
    assertThat(funnel.findElement(By.tagName("title")).getAttribute("textContent"))
        .contains("Funnel plot");
    assertThat(browser.findElement(By.id("chart-trajectory")).isDisplayed()).isTrue();
    List<WebElement> tables = browser.findElements(By.tagName("table"));
    assertThat(tables).hasSizeGreaterThanOrEqualTo(6);
    for (WebElement table : tables) {
      assertThat(table.isDisplayed()).isTrue();
      assertThat(table.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    }
    screenshot(browser.getScreenshotAs(OutputType.FILE).toPath(), "report-screenshot.png");

    // A tablet in portrait, just wider than the narrow drawings' range: the wide ones, still
    // legible.
    browser.manage().window().setSize(new Dimension(768, 1024));
    assertThat(browser.findElement(By.id("chart-funnel")).isDisplayed()).isTrue();
    assertThat(smallestChartText()).as("chart text on a tablet").isGreaterThan(SMALLEST_TEXT);

    browser.manage().window().setSize(new Dimension(390, 844));
    assertThat(number("return window.innerWidth;")).as("the phone's viewport").isEqualTo(390);
    assertThat(number("return document.documentElement.scrollWidth;"))
        .as("page width on a phone: no sideways scrolling of the page")
        .isLessThanOrEqualTo(390);
    List<WebElement> phoneCharts = browser.findElements(By.cssSelector("svg.chart-narrow"));
    assertThat(phoneCharts).hasSameSizeAs(charts);
    for (WebElement chart : phoneCharts) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isTrue();
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isBetween(300, 390);
    }
    for (WebElement chart : browser.findElements(By.cssSelector("svg.chart-wide"))) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isFalse();
    }
    assertThat(smallestChartText()).as("chart text on a phone").isGreaterThan(SMALLEST_TEXT);
    for (WebElement wrap : browser.findElements(By.className("table-wrap"))) {
      assertThat(wrap.getRect().getX() + wrap.getRect().getWidth())
          .as("a table's frame ends inside the phone's screen; the table scrolls inside it")
          .isLessThanOrEqualTo(390);
    }
    for (WebElement chart : phoneCharts) {
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", chart);
      screenshot(
          chart.getScreenshotAs(OutputType.FILE).toPath(),
          "report-phone-" + chart.getAttribute("id") + ".png");
    }
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('outcome').scrollIntoView();");
    screenshot(browser.getScreenshotAs(OutputType.FILE).toPath(), "report-phone-table.png");

    // Printed on A4 (the style sheet's @media print): the wide charts, no navigation, tables in
    // full, nothing wider than the page's 180 mm of text (680 CSS pixels).
    browser.manage().window().setSize(new Dimension(680, 1000));
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertThat(browser.findElement(By.tagName("nav")).isDisplayed()).isFalse();
    for (WebElement chart : browser.findElements(By.cssSelector("svg.chart-wide"))) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isTrue();
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isLessThanOrEqualTo(680);
    }
    for (WebElement chart : browser.findElements(By.cssSelector("svg.chart-narrow"))) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isFalse();
    }
    assertThat(smallestChartText()).as("chart text on paper").isGreaterThanOrEqualTo(9);
    assertThat(number("return document.documentElement.scrollWidth;"))
        .as("page width on A4")
        .isLessThanOrEqualTo(680);
    assertThat(
            (String)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return getComputedStyle(document.querySelector('figure')).breakInside;"))
        .isEqualTo("avoid");
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    String pdf = browser.print(a4).getContent();
    assertThat(pdf).isNotEmpty();
  }

  private long number(String script) {
    return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
  }

  /**
   * Returns the smallest rendered size, in CSS pixels, of the text in the charts on show: each text
   * element's font size in the drawing's units, times the drawing's scale on the page.
   */
  private double smallestChartText() {
    Object smallest =
        ((JavascriptExecutor) browser)
            .executeScript(
                "let smallest = Infinity;"
                    + "for (const svg of document.querySelectorAll('svg.chart')) {"
                    + "  const shown = svg.getBoundingClientRect().width;"
                    + "  if (shown === 0) continue;"
                    + "  const scale = shown / svg.viewBox.baseVal.width;"
                    + "  for (const text of svg.querySelectorAll('text')) {"
                    + "    const size = parseFloat(getComputedStyle(text).fontSize) * scale;"
                    + "    smallest = Math.min(smallest, size);"
                    + "  }"
                    + "}"
                    + "return smallest;");
    return ((Number) smallest).doubleValue();
  }

  private static void screenshot(Path taken, String name) throws Exception {
    Path screenshot = Path.of("target", name);
    Files.createDirectories(screenshot.getParent());
    Files.move(taken, screenshot, StandardCopyOption.REPLACE_EXISTING);
  }
}
