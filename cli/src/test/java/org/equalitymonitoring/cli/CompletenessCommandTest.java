package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletenessCommandTest {
  private static final double Z95 = 1.959963984540054;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  private static double wilsonLower(double x, double n) {
    return (2 * x + Z95 * Z95 - Z95 * Math.sqrt(Z95 * Z95 + 4 * x * (1 - x / n)))
        / (2 * (n + Z95 * Z95));
  }

  @Test
  void takesTheReportsNamesOfTheEthnicityAndUnitColumnsToo() throws IOException {
    Path extract = file("extract.csv", "ethnicity,provider\nA,RX1\n,RX1\nZ,RX2\nH,RX2\n");
    CommandRun withOwnNames = completenessAsCsv(extract, "--column", "--by");
    CommandRun withReportNames = completenessAsCsv(extract, "--ethnicity-column", "--unit-column");
    assertThat(withOwnNames.exitCode).as(withOwnNames.err).isZero();
    // RX1: A known, blank missing: 1 of 2; RX2: H known, Z not stated: 1 of 2
    assertThat(withOwnNames.out).contains("RX1,2,1,").contains("RX2,2,1,");
    assertThat(withReportNames.exitCode).as(withReportNames.err).isZero();
    assertThat(withReportNames.out).isEqualTo(withOwnNames.out);
  }

  /** Runs completeness as CSV with the ethnicity and unit columns named by the given options. */
  private static CommandRun completenessAsCsv(
      Path extract, String ethnicityOption, String unitOption) {
    return CommandRun.run(
        "",
        "completeness",
        "--input",
        extract.toString(),
        ethnicityOption,
        "ethnicity",
        unitOption,
        "provider",
        "--format",
        "csv");
  }

  @Test
  void measuresAnExtractPerUnitAsJson() throws IOException {
    Path extract =
        file(
            "extract.csv",
            "ethnicity,id,\"provider site\"\n"
                + "A,1,RX1\n"
                + "z,2,RX1\n"
                + "\"White - Irish\",3,RX1\n"
                + ",4,RX2\n"
                + "99,5,RX2\n"
                + "X,6,RX2\n"
                + "H,7,RX2\n");
    CommandRun run =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            extract.toString(),
            "--column",
            "ethnicity",
            "--by",
            "provider site",
            "--target",
            "95",
            "--format",
            "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    assertThat(json.get("definition").asText()).isEqualTo("known");
    assertThat(json.get("target").asDouble()).isEqualTo(0.95);
    JsonNode rx1 = json.get("units").get(0);
    assertThat(rx1.get("unit").asText()).isEqualTo("RX1");
    assertThat(rx1.get("total").asLong()).isEqualTo(3);
    assertThat(rx1.get("complete").asLong()).isEqualTo(2);
    assertThat(rx1.get("proportion").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(rx1.get("lower").asDouble()).isCloseTo(wilsonLower(2, 3), within(1e-12));
    assertThat(rx1.get("meetsTarget").asBoolean()).isFalse();
    assertThat(rx1.get("statuses").get("NOT_STATED").asLong()).isEqualTo(1);
    JsonNode rx2 = json.get("units").get(1);
    assertThat(rx2.get("statuses").get("MISSING").asLong()).isEqualTo(1);
    assertThat(rx2.get("statuses").get("NOT_KNOWN").asLong()).isEqualTo(2);
    assertThat(json.get("overall").get("complete").asLong()).isEqualTo(3);
  }

  @Test
  void validDefinitionCountsNotStated() throws IOException {
    Path extract = file("e.csv", "eth\nA\nZ\n99\n");
    CommandRun run =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            extract.toString(),
            "--column",
            "eth",
            "--definition",
            "valid",
            "--format",
            "csv");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out.lines().toList().get(1)).startsWith(",3,2,0.6667,");
  }

  @Test
  void neutralisesUnitNamesThatASpreadsheetWouldRunAsAFormulaButNotTheNumbers() throws IOException {
    Path extract = file("e.csv", "eth,unit\nA,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\nZ,-1\n");
    CommandRun run =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            extract.toString(),
            "--column",
            "eth",
            "--by",
            "unit",
            "--format",
            "csv");
    assertThat(run.exitCode).as(run.err).isZero();
    // The unit named -1 is text from the input and gets a leading '; the counts and the
    // proportion 0.0000 are numbers the tool wrote and do not.
    assertThat(run.out.lines())
        .anyMatch(
            line -> line.startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",1,1,1.0000,"))
        .anyMatch(line -> line.startsWith("'-1,1,0,0.0000,"));

    Path counts = file("counts.csv", "unit,complete,total\n@SUM(1),1,2\n");
    CommandRun fromCounts =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--format", "csv");
    assertThat(fromCounts.exitCode).as(fromCounts.err).isZero();
    assertThat(fromCounts.out.lines()).anyMatch(line -> line.startsWith("'@SUM(1),2,1,0.5000,"));
  }

  @Test
  void readsPreAggregatedCounts() throws IOException {
    Path counts = file("counts.csv", "unit,complete,total\nWard 1,95,100\nWard 2,40,50\n");
    CommandRun run =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--target", "95");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("Ward 1", "Ward 2", "OVERALL", "target 95.0%");
  }

  @Test
  void aTargetIsAPercentageNeverAFraction() throws IOException {
    // 0.95 could mean 95% or 0.95%: it is refused rather than guessed.
    Path counts = file("counts.csv", "unit,complete,total\nWard 1,95,100\n");
    CommandRun run =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--target", "0.95");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("--target is a percentage from 1 to 100, such as 95 for 95%; got 0.95");
    CommandRun above =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--target", "101");
    assertThat(above.exitCode).isEqualTo(2);
  }

  @Test
  void versionIsTheProjectVersion() {
    CommandRun run = CommandRun.run("", "--version");
    assertThat(run.exitCode).isZero();
    // the version the build writes from the pom, never a placeholder
    assertThat(run.out.strip()).matches("equality-monitor \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void reportsBadInputWithFileLineAndProblem() throws IOException {
    Path ragged = file("ragged.csv", "eth,unit\nA,1\nB\n");
    CommandRun raggedRun =
        CommandRun.run("", "completeness", "--input", ragged.toString(), "--column", "eth");
    assertThat(raggedRun.exitCode).isEqualTo(1);
    assertThat(raggedRun.err)
        .contains(ragged + ": line 3: expected 2 fields as in the header, found 1");
    assertThat(raggedRun.out).isEmpty();

    CommandRun missing =
        CommandRun.run("", "completeness", "--input", ragged.toString(), "--column", "ethnicity");
    assertThat(missing.exitCode).isEqualTo(1);
    assertThat(missing.err).contains("no column 'ethnicity'; the columns are 'eth', 'unit'");

    Path tooMany = file("c.csv", "unit,complete,total\nA,12,10\n");
    CommandRun over = CommandRun.run("", "completeness", "--counts", tooMany.toString());
    assertThat(over.exitCode).isEqualTo(1);
    assertThat(over.err)
        .contains(
            tooMany + ": line 2: complete must be between 0 and total, got complete=12, total=10");

    Path text = file("t.csv", "unit,complete,total\nA,many,10\n");
    CommandRun notNumber = CommandRun.run("", "completeness", "--counts", text.toString());
    assertThat(notNumber.exitCode).isEqualTo(1);
    assertThat(notNumber.err)
        .contains(text + ": line 2: complete must be a whole number of at least 0, got 'many'");
  }

  @Test
  void reportsUsageErrors() throws IOException {
    Path extract = file("e.csv", "eth\nA\n");
    assertThat(CommandRun.run("", "completeness", "--input", extract.toString()).err)
        .contains("--input needs --column");
    CommandRun badTarget =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            extract.toString(),
            "--column",
            "eth",
            "--target",
            "150");
    assertThat(badTarget.exitCode).isEqualTo(2);
    assertThat(badTarget.err)
        .contains("--target is a percentage from 1 to 100, such as 95 for 95%; got 150");
    CommandRun both = CommandRun.run("", "completeness", "--input", "a.csv", "--counts", "b.csv");
    assertThat(both.exitCode).isEqualTo(2);
  }

  @Test
  void readsStandardInputAndGzipFiles() throws IOException {
    // Ward 1: A and 99 (1 of 2 known); ward 2: H (1 of 1). The same figures from a pipe, a file
    // and a gzip-compressed file.
    String extract = "eth,ward\nA,1\n99,1\nH,2\n";
    CommandRun piped =
        CommandRun.run(
            extract,
            "completeness",
            "--input",
            "-",
            "--column",
            "eth",
            "--by",
            "ward",
            "--format",
            "csv");
    assertThat(piped.exitCode).as(piped.err).isZero();
    assertThat(piped.out.lines()).anyMatch(line -> line.startsWith("1,2,1,0.5000,"));
    assertThat(piped.out.lines()).anyMatch(line -> line.startsWith("2,1,1,1.0000,"));
    Path gz = dir.resolve("extract.csv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(gz))) {
      out.write(extract.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    CommandRun compressed =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            gz.toString(),
            "--column",
            "eth",
            "--by",
            "ward",
            "--format",
            "csv");
    assertThat(compressed.exitCode).as(compressed.err).isZero();
    assertThat(compressed.out).isEqualTo(piped.out);
    Path notGzip = file("fake.csv.gz", "eth\nA\n");
    CommandRun bad =
        CommandRun.run("", "completeness", "--input", notGzip.toString(), "--column", "eth");
    assertThat(bad.exitCode).isEqualTo(1);
    assertThat(bad.err).contains("fake.csv.gz: cannot be read").doesNotContain("\tat ");
  }

  @Test
  void csvFiguresHaveFourDecimalPlacesAndJsonKeepsFullPrecision() throws IOException {
    Path counts = file("counts.csv", "unit,complete,total\nWard 1,617,680\n");
    CommandRun csv =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--format", "csv");
    assertThat(csv.exitCode).as(csv.err).isZero();
    // 617/680 = 0.90735294...; the Wilson limits come from the formula above.
    String figures =
        String.format(
            java.util.Locale.ROOT, "%.4f,%.4f", wilsonLower(617, 680), wilsonUpper(617, 680));
    assertThat(csv.out.lines().toList().get(1))
        .startsWith("Ward 1,680,617,0.9074," + figures + ",");
    CommandRun json =
        CommandRun.run("", "completeness", "--counts", counts.toString(), "--format", "json");
    assertThat(
            new ObjectMapper().readTree(json.out).get("units").get(0).get("proportion").asDouble())
        .isEqualTo(617.0 / 680);
  }

  private static double wilsonUpper(double x, double n) {
    return (2 * x + Z95 * Z95 + Z95 * Math.sqrt(Z95 * Z95 + 4 * x * (1 - x / n)))
        / (2 * (n + Z95 * Z95));
  }
}
