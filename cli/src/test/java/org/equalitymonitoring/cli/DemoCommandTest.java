package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void writesAnExtractAndItsReport() throws IOException {
    CommandRun run = CommandRun.run("", "demo", "--output", dir.toString(), "--rows", "5000");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .contains("Synthetic extract written to", "Report written to", "Figures written to");
    List<String> lines = Files.readAllLines(dir.resolve("demo-extract.csv"));
    assertThat(lines).hasSize(5001);
    assertThat(lines.get(0)).isEqualTo(DemoExtract.HEADER);
    JsonNode figures = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(figures.get("disclosure").asText()).isEqualTo("nhs-digital");
    assertThat(
            figures.get("completeness").get("units").size()
                + figures.get("completeness").get("suppressedUnits").size())
        .isEqualTo(16);
    assertThat(figures.has("representation")).isTrue();
    assertThat(figures.has("outcome")).isTrue();
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("chart-funnel", "chart-trajectory");
  }

  @Test
  void theSameSeedGivesTheSameExtract() throws IOException {
    StringWriter first = new StringWriter();
    StringWriter second = new StringWriter();
    DemoExtract.write(first, 2000, 7);
    DemoExtract.write(second, 2000, 7);
    assertThat(first.toString()).isEqualTo(second.toString());
    StringWriter other = new StringWriter();
    DemoExtract.write(other, 2000, 8);
    assertThat(other.toString()).isNotEqualTo(first.toString());
  }

  @Test
  void holdsValuesInTheFormsRealSystemsHoldThem() throws IOException {
    StringWriter extract = new StringWriter();
    DemoExtract.write(extract, 20_000, 1);
    String text = extract.toString();
    // Lower-case letters, labels, SNOMED CT codes, legacy and junk values, and write-ins.
    assertThat(text)
        .contains(",a,", ",White - British,", ",92711000000100,", ",X,", ",N/A,", "Filipino");
  }

  @Test
  void rejectsANonPositiveRowCount() {
    CommandRun run = CommandRun.run("", "demo", "--output", dir.toString(), "--rows", "0");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--rows must be at least 1, got 0");
  }
}
