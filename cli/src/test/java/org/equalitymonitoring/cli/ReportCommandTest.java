package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final double Z95 = 1.959963984540054;

  @TempDir Path dir;

  /** Ward A: 8 of 10 known (two blanks); ward B: 3 of 5 known (Z, X). */
  private Path extract() throws IOException {
    StringBuilder csv = new StringBuilder("ward,month,eth,outcome,note\n");
    String[] a = {"A", "a", " B", "White - British", "H", "J", "K", "92711000000100", "", " "};
    for (int i = 0; i < a.length; i++) {
      csv.append("A,2026-0")
          .append(1 + i % 2)
          .append(',')
          .append('"')
          .append(a[i])
          .append("\",")
          .append(i < 3 ? "yes" : "no")
          .append(",\n");
    }
    String[] b = {"S", "S", "C", "Z", "X"};
    for (String value : b) {
      csv.append("B,2026-02,").append(value).append(",no,Filipino\n");
    }
    Path path = dir.resolve("extract.csv");
    Files.writeString(path, csv);
    return path;
  }

  private static double wilson(double x, double n, int sign) {
    return (2 * x + Z95 * Z95 + sign * Z95 * Math.sqrt(Z95 * Z95 + 4 * x * (1 - x / n)))
        / (2 * (n + Z95 * Z95));
  }

  @Test
  void takesTheCompletenessCommandsNamesOfTheEthnicityAndUnitColumnsToo() throws IOException {
    Path ownJson = dir.resolve("own.json");
    Path completenessJson = dir.resolve("completeness.json");
    CommandRun withOwnNames = reportByWard("--ethnicity-column", "--unit-column", ownJson);
    CommandRun withCompletenessNames = reportByWard("--column", "--by", completenessJson);
    assertThat(withOwnNames.exitCode).as(withOwnNames.err).isZero();
    assertThat(withCompletenessNames.exitCode).as(withCompletenessNames.err).isZero();
    // the extract's wards A and B are the report's units
    assertThat(Files.readString(ownJson)).contains("\"unit\" : \"A\"", "\"unit\" : \"B\"");
    assertThat(Files.readString(completenessJson)).isEqualTo(Files.readString(ownJson));
  }

  /**
   * Runs report on the extract by ward, without disclosure control and on a fixed date, naming the
   * ethnicity and unit columns with the given options; the figures go to {@code json}.
   */
  private CommandRun reportByWard(String ethnicityOption, String unitOption, Path json)
      throws IOException {
    return CommandRun.run(
        "",
        "report",
        "--input",
        extract().toString(),
        ethnicityOption,
        "eth",
        unitOption,
        "ward",
        "--disclosure",
        "none",
        "--as-of",
        "2026-12-01",
        "--output",
        json.resolveSibling(json.getFileName() + ".html").toString(),
        "--json",
        json.toString());
  }

  @Test
  void writesAnHtmlReportAndItsFigures() throws IOException {
    Path html = dir.resolve("out/report.html");
    Path json = dir.resolve("out/report.json");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--unit-column",
            "ward",
            "--period-column",
            "month",
            "--outcome-column",
            "outcome",
            "--description-column",
            "note",
            "--target",
            "95",
            "--output",
            html.toString(),
            "--json",
            json.toString(),
            "--disclosure",
            "none");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("Report written to " + html.toAbsolutePath());
    String page = Files.readString(html);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<svg",
            "role='img'",
            "<table>",
            "Completeness by unit",
            "Methods",
            "Data-quality findings")
        // Self-contained: no scripts, style sheets, images or fonts fetched from elsewhere.
        .doesNotContain("<script", "<link", "<img", "src=", "@import", "url(http")
        .contains("<p class='banner' role='alert'><strong>Not disclosure-controlled.</strong>");
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.get("records").asLong()).isEqualTo(15);
    JsonNode units = figures.get("completeness").get("units");
    assertThat(units.get(0).get("unit").asText()).isEqualTo("A");
    // Ward A: 8 known of 10 (the SNOMED CT code for Somali counts as N through the crosswalk).
    assertThat(units.get(0).get("complete").asLong()).isEqualTo(8);
    assertThat(units.get(0).get("lower").asDouble()).isCloseTo(wilson(8, 10, -1), within(1e-12));
    assertThat(units.get(1).get("complete").asLong()).isEqualTo(3);
    assertThat(units.get(1).get("rag").asText()).isEqualTo("RED");
    // The outcome is compared with the largest group; every group here is too small to say.
    JsonNode outcome = figures.get("outcome").get("groups");
    assertThat(outcome).isNotEmpty();
    // Ward B's two S records say Filipino: the Asian section of Census 2021, so L.
    JsonNode writeIns = figures.get("write-ins").get(0);
    assertThat(writeIns.get("category").asText()).startsWith("S ");
    assertThat(writeIns.get("rows").get(0).get("description").asText()).isEqualTo("Filipino");
    assertThat(writeIns.get("rows").get(0).get("shouldHaveBeen").asText()).isEqualTo("L");
    assertThat(writeIns.get("rows").get(0).get("records").asLong()).isEqualTo(2);
  }

  @Test
  void validDefinitionCountsNotStatedAsComplete() throws IOException {
    Path json = dir.resolve("valid.json");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--unit-column",
            "ward",
            "--definition",
            "valid",
            "--output",
            dir.resolve("valid.html").toString(),
            "--json",
            json.toString(),
            "--disclosure",
            "none");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode units = new ObjectMapper().readTree(json.toFile()).get("completeness").get("units");
    // Ward B: S, S, C are known; Z (Not stated) is also valid; X (Not known) is not: 4 of 5.
    assertThat(units.get(1).get("complete").asLong()).isEqualTo(4);
    assertThat(Files.readString(dir.resolve("valid.html"))).contains("a valid ethnic category");
    CommandRun bad =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--definition",
            "coded",
            "--output",
            dir.resolve("x.html").toString());
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).contains("completeness definition must be 'known' or 'valid', got 'coded'");
  }

  @Test
  void suppressesSmallNumbersUnderNhsDigitalPolicy() throws IOException {
    // Ward A: 101 known, 50 not; ward B: 20 and 10; ward C: 3 and 2. NHS Digital is the default.
    StringBuilder csv = new StringBuilder("ward,eth\n");
    int[][] wards = {{101, 50}, {20, 10}, {3, 2}};
    for (int w = 0; w < wards.length; w++) {
      csv.append(("ABC".charAt(w) + ",H\n").repeat(wards[w][0]));
      csv.append(("ABC".charAt(w) + ",99\n").repeat(wards[w][1]));
    }
    Path extract = dir.resolve("small.csv");
    Files.writeString(extract, csv);
    Path json = dir.resolve("r.json");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract.toString(),
            "--ethnicity-column",
            "eth",
            "--unit-column",
            "ward",
            "--output",
            dir.resolve("r.html").toString(),
            "--json",
            json.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.get("disclosure").asText()).isEqualTo("nhs-digital");
    // 186 records are published as 185, in the JSON and in the page's header alike: an exact
    // count of records less the published known records would give back the suppressed ones.
    assertThat(figures.get("records").asLong()).isEqualTo(185);
    assertThat(Files.readString(dir.resolve("r.html")))
        .contains(" · 185 records · ")
        // (not as a chart coordinate such as 186.54, which is no count)
        .doesNotContainPattern("(?<![0-9.])186(?![0-9.])")
        .doesNotContain("Not disclosure-controlled")
        // Ward C has 2 records not known among 5: the rule "no single code above 90%" or the
        // not-stated rule firing on exact counts would say something about suppressed cells, so
        // only rules on published figures run (no target here: none).
        .contains("Under disclosure control only rules on published figures are checked.");
    assertThat(figures.get("findings").get("findings")).isEmpty();
    // C's 3 and 2 (and its total 5) are 1-7, so suppressed. Each column would then give C away
    // from its total, so the smallest other cell of each column, B's 20 and B's 10, is suppressed
    // too; then every row and column with a suppressed cell has two.
    assertThat(figures.get("completeness").get("suppressedUnits"))
        .extracting(JsonNode::asText)
        .containsExactly("B", "C");
    JsonNode a = figures.get("completeness").get("units").get(0);
    assertThat(a.get("unit").asText()).isEqualTo("A");
    assertThat(a.get("complete").asLong()).isEqualTo(100); // 101 to the nearest 5
    assertThat(a.get("total").asLong()).isEqualTo(150); // 151
    // the proportion and its interval are those of the published 100 of 150
    assertThat(a.get("lower").asDouble()).isCloseTo(wilson(100, 150, -1), within(1e-12));
    for (JsonNode unit : figures.get("recording").get("units")) {
      unit.get("statuses")
          .forEach(
              count ->
                  assertThat(count.isNull() || count.asLong() == 0 || count.asLong() >= 8)
                      .isTrue());
    }
    CommandRun nothing =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--unit-column",
            "ward",
            "--disclosure",
            "nhs-digital",
            "--output",
            dir.resolve("n.html").toString());
    assertThat(nothing.exitCode).isEqualTo(1);
    assertThat(nothing.err).contains("every unit is suppressed under the disclosure policy");
  }

  @Test
  void reportsBadInputAndOptions() throws IOException {
    Path extract = extract();
    Path html = dir.resolve("bad.html");
    CommandRun missing =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract.toString(),
            "--ethnicity-column",
            "ethnicity",
            "--output",
            html.toString());
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err).contains("no column 'ethnicity'");
    assertThat(html).doesNotExist();

    Path badOutcome = dir.resolve("o.csv");
    Files.writeString(badOutcome, "eth,outcome\nA,yes\nB,maybe\n");
    CommandRun outcome =
        CommandRun.run(
            "",
            "report",
            "--input",
            badOutcome.toString(),
            "--ethnicity-column",
            "eth",
            "--outcome-column",
            "outcome",
            "--output",
            html.toString());
    assertThat(outcome.exitCode).isEqualTo(1);
    assertThat(outcome.err)
        .contains(
            badOutcome
                + ": line 3: an outcome must be yes/no, y/n, true/false or 1/0, got 'maybe'");

    CommandRun population = report(extract, html, "--population", "census-2021:Atlantis");
    assertThat(population.exitCode).isEqualTo(2);
    assertThat(population.err)
        .contains("population 'census-2021' has no area 'Atlantis'; the areas are");

    CommandRun milestone =
        report(extract, html, "--target", "95", "--due", "2027-04-01", "--milestone", "October:80");
    assertThat(milestone.exitCode).isEqualTo(2);
    assertThat(milestone.err)
        .contains("--milestone must be a date written yyyy-MM-dd, got 'October'");

    CommandRun policy = report(extract, html, "--disclosure", "secret");
    assertThat(policy.exitCode).isEqualTo(2);
    assertThat(policy.err)
        .contains(
            "unknown disclosure policy 'secret'; the policies are: nhs-digital, threshold-10, round-5-fewer-than-5, none");
    assertThat(html).doesNotExist();
  }

  /** Runs {@code report} on an extract with the ethnicity in column {@code eth}, plus options. */
  private static CommandRun report(Path input, Path html, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--input",
                input.toString(),
                "--ethnicity-column",
                "eth",
                "--output",
                html.toString()));
    args.addAll(List.of(options));
    return CommandRun.run("", args.toArray(String[]::new));
  }

  @Test
  void readsTheExtractFromStandardInput() throws IOException {
    Path json = dir.resolve("stdin.json");
    CommandRun run =
        CommandRun.run(
            "eth\nA\nH\n99\n",
            "report",
            "--input",
            "-",
            "--ethnicity-column",
            "eth",
            "--disclosure",
            "none",
            "--output",
            dir.resolve("stdin.html").toString(),
            "--json",
            json.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode figures = new ObjectMapper().readTree(json.toFile());
    assertThat(figures.get("input").asText()).isEqualTo("standard input");
    assertThat(figures.get("records").asLong()).isEqualTo(3);
    assertThat(figures.get("completeness").get("overall").get("complete").asLong()).isEqualTo(2);
  }

  @Test
  void readsUkDatesWithADateFormatAndNamesTheLineAndColumnOfADateItCannotRead() throws IOException {
    Path extract =
        Files.writeString(
            dir.resolve("uk.csv"),
            "eth,seen\nA,01/04/2026\nZ,01/04/2026\nH,02/05/2026\nC,02/05/2026\n");
    Path html = dir.resolve("uk.html");
    CommandRun refused = report(extract, html, "--period-column", "seen", "--disclosure", "none");
    assertThat(refused.exitCode).isEqualTo(1);
    assertThat(refused.err)
        .isEqualTo(
            "error: "
                + extract
                + ": line 2: column 'seen': '01/04/2026' is not a date written yyyy-MM-dd,"
                + " yyyy-MM or yyyy; for dates written day/month/year give --date-format"
                + " dd/MM/yyyy\n");
    assertThat(html).doesNotExist();

    Path json = dir.resolve("uk.json");
    CommandRun run =
        report(
            extract,
            html,
            "--period-column",
            "seen",
            "--date-format",
            "dd/MM/yyyy",
            "--disclosure",
            "none",
            "--json",
            json.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode periods =
        new ObjectMapper().readTree(json.toFile()).get("completeness").get("periods");
    // 1 April 2026: A known, Z not stated; 2 May 2026: H and C known.
    assertThat(periods.get(0).get("period").asText()).isEqualTo("2026-04-01");
    assertThat(periods.get(0).get("proportion").asDouble()).isEqualTo(0.5);
    assertThat(periods.get(0).get("total").asLong()).isEqualTo(2);
    assertThat(periods.get(1).get("period").asText()).isEqualTo("2026-05-02");
    assertThat(periods.get(1).get("proportion").asDouble()).isEqualTo(1.0);

    Files.writeString(extract, "eth,seen\nA,01/04/2026\nH,31/04/2026\n");
    CommandRun badDay =
        report(extract, html, "--period-column", "seen", "--date-format", "dd/MM/yyyy");
    assertThat(badDay.exitCode).isEqualTo(1);
    assertThat(badDay.err)
        .isEqualTo(
            "error: "
                + extract
                + ": line 3: column 'seen': '31/04/2026' is not a date written dd/MM/yyyy or"
                + " yyyy-MM-dd, yyyy-MM or yyyy\n");
    CommandRun badPattern =
        report(extract, html, "--period-column", "seen", "--date-format", "dd/MM");
    assertThat(badPattern.exitCode).isEqualTo(2);
    assertThat(badPattern.err).startsWith("error: --date-format: the date format 'dd/MM' has no");
    CommandRun noColumn = report(extract, html, "--date-format", "dd/MM/yyyy");
    assertThat(noColumn.exitCode).isEqualTo(2);
    assertThat(noColumn.err)
        .isEqualTo("error: --date-format needs --period-column, the column it reads\n");
  }

  @Test
  void aWorkbookWithDateCellsGivesTheSameFiguresAsTheSameDataInCsv() throws IOException {
    Path xlsx = dir.resolve("extract.xlsx");
    Object[][] rows = {
      {"A", LocalDate.of(2026, 4, 1), "W1"},
      {"Z", LocalDate.of(2026, 4, 1), "W1"},
      {"H", LocalDate.of(2026, 5, 2), "W2"},
      {"C", LocalDate.of(2026, 5, 2), "W2"},
    };
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle ukDate = workbook.createCellStyle();
      ukDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = workbook.createSheet("Extract");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("eth");
      header.createCell(1).setCellValue("seen");
      header.createCell(2).setCellValue("ward");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue((String) rows[r][0]);
        row.createCell(1).setCellValue((LocalDate) rows[r][1]);
        row.getCell(1).setCellStyle(ukDate);
        row.createCell(2).setCellValue((String) rows[r][2]);
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    Path csv =
        Files.writeString(
            dir.resolve("extract.csv"),
            "eth,seen,ward\nA,2026-04-01,W1\nZ,2026-04-01,W1\nH,2026-05-02,W2\nC,2026-05-02,W2\n");
    JsonNode fromCsv = figures(csv);
    JsonNode fromWorkbook = figures(xlsx);
    assertThat(fromWorkbook.get("completeness")).isEqualTo(fromCsv.get("completeness"));
    assertThat(fromWorkbook.get("records").asLong()).isEqualTo(4);
    JsonNode periods = fromWorkbook.get("completeness").get("periods");
    // The date cells are shown dd/mm/yyyy in Excel but read as ISO days: 1 April (A known, Z not
    // stated) and 2 May 2026 (H and C known).
    assertThat(periods.get(0).get("period").asText()).isEqualTo("2026-04-01");
    assertThat(periods.get(0).get("proportion").asDouble()).isEqualTo(0.5);
    assertThat(periods.get(1).get("period").asText()).isEqualTo("2026-05-02");
    assertThat(periods.get(1).get("proportion").asDouble()).isEqualTo(1.0);
  }

  /** Runs the report on an extract with periods in column seen and units in ward; its figures. */
  private JsonNode figures(Path input) throws IOException {
    Path json = dir.resolve(input.getFileName() + ".json");
    CommandRun run =
        report(
            input,
            dir.resolve(input.getFileName() + ".html"),
            "--period-column",
            "seen",
            "--date-format",
            "dd/MM/yyyy",
            "--unit-column",
            "ward",
            "--disclosure",
            "none",
            "--json",
            json.toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).isEmpty();
    return new ObjectMapper().readTree(json.toFile());
  }

  @Test
  void broadGroupsAreChosenByName() throws IOException {
    Path json = dir.resolve("groups.json");
    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--broad-groups",
            "census-2021",
            "--output",
            dir.resolve("groups.html").toString(),
            "--json",
            json.toString(),
            "--disclosure",
            "none");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode groups = new ObjectMapper().readTree(json.toFile()).get("broad-groups");
    assertThat(groups.get("crosswalk").asText()).isEqualTo("nhs-2001-to-broad-groups-census-2021");
    CommandRun bad =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract().toString(),
            "--ethnicity-column",
            "eth",
            "--broad-groups",
            "ons-2001",
            "--output",
            dir.resolve("bad.html").toString());
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err)
        .contains(
            "unknown broad-group convention 'ons-2001'; valid ids: data-dictionary, census-2021");
  }
}
