package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientSheetTest {
  private static final String UK_CORE =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
  private static final String CARE_CONNECT =
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1";
  private static final String ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
  private static final String WALES =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales";

  @TempDir Path dir;

  private static String patient(String organization, String url, String system, String code) {
    String extension =
        url == null
            ? ""
            : "\"extension\": [{\"url\": \""
                + url
                + "\", \"valueCodeableConcept\": {\"coding\": [{\"system\": \""
                + system
                + "\", \"code\": \""
                + code
                + "\"}]}}], ";
    return "{\"resourceType\": \"Patient\", "
        + extension
        + "\"managingOrganization\": {\"reference\": \"Organization/"
        + organization
        + "\"}}";
  }

  /** RX1: A, Z, CareConnect CA (rolls up to C); RX2: Wales B, none, 99. */
  private Path ndjson() throws IOException {
    return Files.writeString(
        dir.resolve("Patient.ndjson"),
        String.join(
                "\n",
                patient("RX1", UK_CORE, ENGLAND, "A"),
                patient("RX1", UK_CORE, ENGLAND, "Z"),
                patient(
                    "RX1",
                    CARE_CONNECT,
                    "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1",
                    "CA"),
                patient("RX2", UK_CORE, WALES, "B"),
                patient("RX2", null, null, null),
                patient("RX2", UK_CORE, ENGLAND, "99"))
            + "\n");
  }

  @Test
  void completenessReadsBulkExportNdjson() throws IOException {
    JsonNode json =
        CommandRun.json(
            CommandRun.run(
                "",
                "completeness",
                "--input",
                ndjson().toString(),
                "--by",
                "managing_organization",
                "--format",
                "json"));

    // By hand: RX1 has A and CA (C) known of 3; RX2 has none known of 3 (a Wales code is not an
    // England code, one has no extension, 99 is Not known).
    JsonNode rx1 = json.get("units").get(0);
    assertThat(rx1.get("unit").asText()).isEqualTo("Organization/RX1");
    assertThat(rx1.get("total").asLong()).isEqualTo(3);
    assertThat(rx1.get("complete").asLong()).isEqualTo(2);
    JsonNode rx2 = json.get("units").get(1);
    assertThat(rx2.get("complete").asLong()).isZero();
    assertThat(rx2.get("statuses").get("UNRECOGNISED").asLong()).isEqualTo(1);
    assertThat(rx2.get("statuses").get("MISSING").asLong()).isEqualTo(1);
    assertThat(rx2.get("statuses").get("NOT_KNOWN").asLong()).isEqualTo(1);
  }

  @Test
  void completenessReadsNdjsonAndBundlesFromStandardInputAsFromFiles() throws IOException {
    Path file = ndjson();
    String[] byOrganization = {"--by", "managing_organization", "--format", "json"};
    CommandRun fromFile = completeness("", file.toString(), byOrganization);
    CommandRun fromStandardInput = completeness(Files.readString(file), "-", byOrganization);
    assertThat(fromStandardInput.exitCode).as(fromStandardInput.err).isZero();
    assertThat(fromStandardInput.out).isEqualTo(fromFile.out);

    // The same Patients in a pretty-printed Bundle, after a byte-order mark and blank lines.
    StringBuilder bundle = new StringBuilder("\uFEFF\n\n{\n  \"resourceType\": \"Bundle\",\n");
    bundle.append("  \"type\": \"collection\",\n  \"entry\": [\n");
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      bundle
          .append("    {\"resource\": ")
          .append(lines.get(i))
          .append(i + 1 < lines.size() ? "},\n" : "}\n");
    }
    bundle.append("  ]\n}\n");
    CommandRun bundled = completeness(bundle.toString(), "-", byOrganization);
    assertThat(bundled.exitCode).as(bundled.err).isZero();
    assertThat(bundled.out).isEqualTo(fromFile.out);
  }

  @Test
  void csvOnStandardInputIsStillCsv() {
    CommandRun run =
        completeness(
            "organization,ethnicity\nRX1,A\nRX1,Z\n",
            "-",
            "--column",
            "ethnicity",
            "--by",
            "organization");
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("RX1");
  }

  private static CommandRun completeness(String standardInput, String input, String... options) {
    List<String> args = new ArrayList<>(List.of("completeness", "--input", input));
    args.addAll(List.of(options));
    return CommandRun.run(standardInput, args.toArray(new String[0]));
  }

  @Test
  void walesCodesCountAgainstTheWalesScheme() throws IOException {
    JsonNode json =
        CommandRun.json(
            CommandRun.run(
                "",
                "completeness",
                "--input",
                ndjson().toString(),
                "--scheme",
                "ukcore-ethnic-category-wales",
                "--format",
                "json"));

    // Only the Wales B is a code of UK Core Wales: 1 of 6 known.
    assertThat(json.get("overall").get("total").asLong()).isEqualTo(6);
    assertThat(json.get("overall").get("complete").asLong()).isEqualTo(1);
  }

  @Test
  void reportReadsABundle() throws IOException {
    Path bundle =
        Files.writeString(
            dir.resolve("bundle.json"),
            "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": ["
                + "{\"resource\": {\"resourceType\": \"Organization\", \"id\": \"rx1\"}},"
                + "{\"resource\": "
                + patient("RX1", UK_CORE, ENGLAND, "H")
                + "},"
                + "{\"resource\": "
                + patient("RX1", UK_CORE, ENGLAND, "Z")
                + "}]}");
    Path figures = dir.resolve("figures.json");

    CommandRun run =
        CommandRun.run(
            "",
            "report",
            "--input",
            bundle.toString(),
            "--unit-column",
            "managing_organization",
            "--output",
            dir.resolve("report.html").toString(),
            "--json",
            figures.toString(),
            "--disclosure",
            "none");

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode units = new ObjectMapper().readTree(figures.toFile()).get("completeness").get("units");
    // Two Patients (the Organization is skipped): H is known, Z is not.
    assertThat(units.get(0).get("total").asLong()).isEqualTo(2);
    assertThat(units.get(0).get("complete").asLong()).isEqualTo(1);
  }

  @Test
  void aBrokenLineIsABadInputOnOneLine() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.ndjson"),
            patient("RX1", UK_CORE, ENGLAND, "A")
                + "\n{\"resourceType\": \"Patient\", \"id\": }\n");

    CommandRun run =
        CommandRun.run("", "completeness", "--input", broken.toString(), "--format", "json");

    assertThat(run.exitCode).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertThat(run.err.strip())
        .startsWith("error: " + broken + ": line 2, column 1, (document): not a FHIR R4 resource: ")
        .doesNotContain("\n");
  }

  @Test
  void csvOptionsDoNotApplyToFhirFiles() throws IOException {
    CommandRun run =
        CommandRun.run("", "completeness", "--input", ndjson().toString(), "--delimiter", ";");

    assertThat(run.exitCode).isEqualTo(EqualityMonitor.USAGE);
    assertThat(run.err)
        .contains(
            "--delimiter, --encoding and --sheet apply to CSV and .xlsx extracts, not FHIR files");
  }
}
