package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFhirCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneFilePerResource() throws IOException {
    Path out = dir.resolve("fhir");

    CommandRun run = CommandRun.run("", "export-fhir", "--output", out.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    // 13 schemes + 1 example: a CodeSystem and a ValueSet each; 9 crosswalks and the example's
    // roll-up: a ConceptMap each.
    assertThat(run.out)
        .startsWith("Wrote 38 resources (14 CodeSystem, 10 ConceptMap, 14 ValueSet) to ");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).hasSize(38);
    }
    JsonNode england =
        new ObjectMapper()
            .readTree(out.resolve("CodeSystem-nhs-ethnic-category-2001.json").toFile());
    assertThat(england.get("url").asText())
        .isEqualTo("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland");
    assertThat(out.resolve("ConceptMap-census-2021-to-nhs-2001.json")).exists();
  }

  @Test
  void anotherBaseNamesTheProjectsOwnResources() throws IOException {
    Path out = dir.resolve("regional");

    CommandRun run =
        CommandRun.run(
            "", "export-fhir", "--output", out.toString(), "--base", "https://tx.example.org/fhir");

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode valueSet =
        new ObjectMapper().readTree(out.resolve("ValueSet-nhs-ethnic-category-2001.json").toFile());
    assertThat(valueSet.get("url").asText())
        .isEqualTo("https://tx.example.org/fhir/ValueSet/nhs-ethnic-category-2001");
  }

  @Test
  void aBadBaseIsAUsageError() {
    CommandRun run =
        CommandRun.run("", "export-fhir", "--output", dir.toString(), "--base", "tx.example.org");

    assertThat(run.exitCode).isEqualTo(EqualityMonitor.USAGE);
    assertThat(run.err)
        .contains("base must be an http(s) URL without a trailing slash, got 'tx.example.org'");
  }
}
