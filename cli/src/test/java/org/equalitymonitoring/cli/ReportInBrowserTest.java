package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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

  @Test
  void chartsAndTablesAreVisibleOnAScreenAPhoneAndPaper() throws Exception {
    CommandRun run = CommandRun.run("", "demo", "--output", dir.toString(), "--rows", "20000");
    assertThat(run.exitCode).as(run.err).isZero();
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(dir.resolve("report.html").toUri().toString());

    List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
    assertThat(charts).hasSizeGreaterThanOrEqualTo(6);
    for (WebElement chart : charts) {
      assertThat(chart.isDisplayed()).as(chart.getAttribute("id")).isTrue();
      assertThat(chart.getSize().getWidth()).as(chart.getAttribute("id")).isGreaterThan(400);
      assertThat(chart.getSize().getHeight()).as(chart.getAttribute("id")).isGreaterThan(150);
      assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
    }
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
    Path screenshot = Path.of("target", "report-screenshot.png");
    Files.createDirectories(screenshot.getParent());
    Files.move(
        browser.getScreenshotAs(OutputType.FILE).toPath(),
        screenshot,
        StandardCopyOption.REPLACE_EXISTING);

    browser.manage().window().setSize(new Dimension(390, 844));
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(((Number) overflow).longValue())
        .as("horizontal overflow on a phone")
        .isLessThanOrEqualTo(1);
    assertThat(browser.findElement(By.id("chart-completeness")).getSize().getWidth())
        .isLessThanOrEqualTo(390);

    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
    String pdf = browser.print(a4).getContent();
    assertThat(pdf).isNotEmpty();
  }
}
