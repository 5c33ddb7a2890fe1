package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the demo report as a person would: chart axes, the findings and the methods note. The demo
 * is disclosure-controlled (nhs-digital); the same extract is also reported with --disclosure none.
 */
class ReportReadingTest {
  private static final Pattern SVG = Pattern.compile("<svg id='([^']+)'.*?</svg>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");

  /** A fraction such as 0.95 or 0.8, not part of a version such as 0.1.0 or of a percentage. */
  private static final Pattern FRACTION = Pattern.compile("(?<![0-9.])0\\.[0-9]+(?![0-9.%])");

  @TempDir Path dir;

  private String demo() throws IOException {
    CommandRun run = CommandRun.run("", "demo", "--output", dir.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    return Files.readString(dir.resolve("report.html"));
  }

  private String notControlled() throws IOException {
    Path html = dir.resolve("none.html");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            dir.resolve("demo-extract.csv").toString(),
            "--ethnicity-column",
            "ethnicity",
            "--outcome-column",
            "outcome",
            "--population",
            "census-2021:London",
            "--unit-column",
            "ward",
            "--period-column",
            "month",
            "--target",
            "95",
            "--due",
            "2027-04-01",
            "--milestone",
            "2026-10-01:80",
            "--as-of",
            "2027-03-31",
            "--output",
            html.toString(),
            "--disclosure",
            "none");
    assertThat(run.exitCode).as(run.err).isZero();
    return Files.readString(html);
  }

  private static String section(String page, String id) {
    int start = page.indexOf("<section id='" + id + "'");
    assertThat(start).as(id).isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  @Test
  void noAxisRepeatsATickLabel() throws IOException {
    String page = demo();
    Matcher svg = SVG.matcher(page);
    int charts = 0;
    while (svg.find()) {
      charts++;
      List<String> numbers = new ArrayList<>();
      Matcher text = TEXT.matcher(svg.group());
      while (text.find()) {
        if (NUMBER.matcher(text.group(1)).matches()) {
          numbers.add(text.group(1));
        }
      }
      for (int i = 1; i < numbers.size(); i++) {
        assertThat(numbers.get(i))
            .as("%s tick labels %s", svg.group(1), numbers)
            .isNotEqualTo(numbers.get(i - 1));
      }
    }
    assertThat(charts).as("charts, each drawn wide and narrow").isGreaterThanOrEqualTo(12);
  }

  @Test
  void theOverallFindingIsTheHeadlineFigure() throws IOException {
    demo();
    JsonNode figures = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    JsonNode overall = figures.get("completeness").get("overall");
    List<JsonNode> overallFindings = new ArrayList<>();
    figures
        .get("findings")
        .get("findings")
        .forEach(
            finding -> {
              if (finding.get("rule").asText().equals("completeness")
                  && finding.get("unit").asText().isEmpty()) {
                overallFindings.add(finding);
              }
            });
    // One question, one answer: the demo's overall is below its 95% target, and the finding says
    // so with the same records and proportion as the headline.
    assertThat(overallFindings).hasSize(1);
    assertThat(overallFindings.get(0).get("observed").asDouble())
        .isEqualTo(overall.get("proportion").asDouble());
    assertThat(overallFindings.get(0).get("message").asText())
        .contains(String.format("of %,d records", overall.get("total").asLong()));
  }

  @Test
  void unitsWithheldUnderDisclosureControlAreOneLineOfTheFindings() throws IOException {
    String page = demo();
    String completeness = section(page, "completeness");
    String findings = section(page, "findings");
    // The units the completeness table shows as suppressed are the ones the findings leave out.
    Matcher suppressed =
        Pattern.compile(
                "<tr><th scope='row'>([^<]+)</th><td class='num'>[^<]*</td><td"
                    + " class='num'>\\*</td><td class='num'>suppressed</td>")
            .matcher(completeness);
    List<String> units = new ArrayList<>();
    while (suppressed.find()) {
      units.add(suppressed.group(1));
    }
    assertThat(units).isNotEmpty();
    assertThat(findings)
        .contains(
            units.size()
                + " units with small numbers (shown as suppressed above) are not checked against"
                + " the target: their figures are withheld under the disclosure policy"
                + " nhs-digital.");
    assertThat(findings.split("withheld", -1)).as("one line says so").hasSize(2);
    for (String unit : units) {
      assertThat(findings).doesNotContain("<th scope='row'>" + unit + "</th>");
    }
  }

  @Test
  void theMethodsNoteCitesPublishedSourcesAndShowsPercentages() throws IOException {
    String page = demo();
    for (String methods : List.of(section(page, "methods"), section(notControlled(), "methods"))) {
      assertThat(methods)
          .contains("Wilson score intervals (Newcombe &amp; Altman 2000")
          .contains("Fingertips technical guidance")
          .doesNotContain(".md")
          .doesNotContain("(reference ")
          .doesNotContain("-0.0");
      assertThat(
              FRACTION.matcher(methods).results().map(java.util.regex.MatchResult::group).toList())
          .as("fractions in the methods note")
          .isEmpty();
    }
    String methods = section(page, "methods");
    assertThat(methods)
        .contains("Disclosure control methodology for HES and ECDS")
        .contains("Katz log intervals (Katz et al. 1978)")
        // The demo's milestones: 80% by 2026-10-01, 90% by 2027-01-01, 95% by 2027-04-01.
        .contains("with milestones 80.0% by 2026-10-01, 90.0% by 2027-01-01, 95.0% by 2027-04-01");
  }

  @Test
  void noFigureReadsMinusZero() throws IOException {
    // The demo's completeness is flat between some months (a change of 0.0 points).
    String page = demo();
    assertThat(words(page)).contains("(0.0 points)").doesNotContain("-0.0");
    assertThat(words(notControlled())).doesNotContain("-0.0");
  }

  /** Returns the page without its charts' drawing instructions, whose coordinates may be -0.0. */
  private static String words(String page) {
    return SVG.matcher(page).replaceAll("");
  }
}
