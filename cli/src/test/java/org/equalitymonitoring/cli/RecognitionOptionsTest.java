package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same file gives the same statuses and complete count in code, completeness and report. */
class RecognitionOptionsTest {
  /**
   * One value of each kind, classified by hand from the NHS Data Dictionary list (SCHEMES.md §1.1,
   * §1.3) and the OpenSAFELY SNOMED CT codelist (SCHEMES.md §4.4: 976631000000101 is White British,
   * A): A and 976631000000101 CODED (2, the complete count under "known"); "mixed" the heading
   * Mixed; "Prefer not to say" and Z NOT_STATED (2); "BAME" a broad group; "junk" UNRECOGNISED; the
   * blank MISSING; 99 NOT_KNOWN. 9 records.
   */
  private static final List<String> VALUES =
      List.of("A", "976631000000101", "mixed", "Prefer not to say", "BAME", "junk", "", "Z", "99");

  private static Map<RecognitionStatus, Long> expected(boolean snomedRecognised) {
    Map<RecognitionStatus, Long> counts = new EnumMap<>(RecognitionStatus.class);
    for (RecognitionStatus status : RecognitionStatus.values()) {
      counts.put(status, 0L);
    }
    counts.put(RecognitionStatus.CODED, snomedRecognised ? 2L : 1L);
    counts.put(RecognitionStatus.HEADING, 1L);
    counts.put(RecognitionStatus.NOT_STATED, 2L);
    counts.put(RecognitionStatus.NOT_KNOWN, 1L);
    counts.put(RecognitionStatus.MISSING, 1L);
    counts.put(RecognitionStatus.UNRECOGNISED, snomedRecognised ? 1L : 2L);
    counts.put(RecognitionStatus.BROAD_GROUP, 1L);
    return counts;
  }

  @Test
  void codeCompletenessAndReportAgreeByDefault(@TempDir Path dir) throws IOException {
    assertAllAgree(dir, List.of(), expected(true));
  }

  @Test
  void withViaNoneSnomedCodesAreUnrecognisedEverywhere(@TempDir Path dir) throws IOException {
    assertAllAgree(dir, List.of("--via", "none"), expected(false));
  }

  @Test
  void aNamedCrosswalkReplacesTheDefault(@TempDir Path dir) throws IOException {
    // 976631000000101 is in PRIMIS's non_eth2001 list, not its ETH2001 list (SCHEMES.md §4.4), so
    // through PRIMIS alone it has no NHS letter: unrecognised, as with no crosswalk.
    assertAllAgree(dir, List.of("--via", "primis-snomed-to-nhs-2001"), expected(false));
    CommandRun run =
        CommandRun.run("Y9930\n", "code", "--scheme", "nhs-ethnic-category-2001", "--via", "none");
    assertThat(run.out).contains("Y9930,,,UNRECOGNISED,NONE");
    assertThat(run.err).contains("Recognition: nhs-ethnic-category-2001").contains("no crosswalks");
  }

  @Test
  void refusesUnknownAndMisdirectedCrosswalks() {
    CommandRun unknown =
        CommandRun.run("A\n", "code", "--scheme", "nhs-ethnic-category-2001", "--via", "nope");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("nope");
    CommandRun mixed =
        CommandRun.run(
            "A\n",
            "code",
            "--scheme",
            "nhs-ethnic-category-2001",
            "--via",
            "none,opensafely-snomed-to-nhs-2001");
    assertThat(mixed.exitCode).isEqualTo(2);
    assertThat(mixed.err).contains("--via none cannot be combined with crosswalks");
    CommandRun wrongWay =
        CommandRun.run(
            "A\n",
            "code",
            "--scheme",
            "nhs-ethnic-category-2001",
            "--via",
            "census-2021-to-nhs-2001,nhs-2001-to-census-2021");
    assertThat(wrongWay.exitCode).isEqualTo(2);
    assertThat(wrongWay.err)
        .contains("crosswalk 'nhs-2001-to-census-2021' leads to 'ons-census-2021-england-wales'");
  }

  private static void assertAllAgree(
      Path dir, List<String> via, Map<RecognitionStatus, Long> expected) throws IOException {
    long complete = expected.get(RecognitionStatus.CODED);
    StringBuilder csv = new StringBuilder("unit,ethnicity\n");
    VALUES.forEach(value -> csv.append("u,").append(value).append('\n'));
    Path extract = dir.resolve("extract.csv");
    Files.writeString(extract, csv);

    // code: one row per value, the status in the fourth column.
    CommandRun code =
        CommandRun.run(
            String.join("\n", VALUES) + "\n",
            args(List.of("code", "--scheme", "nhs-ethnic-category-2001"), via));
    assertThat(code.exitCode).as(code.err).isZero();
    Map<RecognitionStatus, Long> coded = zeroes();
    String[] lines = code.out.split("\n");
    assertThat(lines).hasSize(VALUES.size() + 1);
    for (int i = 1; i < lines.length; i++) {
      coded.merge(RecognitionStatus.valueOf(lines[i].split(",", -1)[3]), 1L, Long::sum);
    }
    assertThat(coded).isEqualTo(expected);

    // completeness: the JSON's overall statuses and complete count.
    CommandRun completeness =
        CommandRun.run(
            "",
            args(
                List.of(
                    "completeness",
                    "--input",
                    extract.toString(),
                    "--column",
                    "ethnicity",
                    "--format",
                    "json"),
                via));
    assertThat(completeness.exitCode).as(completeness.err).isZero();
    JsonNode json = new ObjectMapper().readTree(completeness.out);
    assertThat(json.get("recognition").asText()).startsWith("nhs-ethnic-category-2001 codes");
    assertThat(json.at("/overall/complete").asLong()).isEqualTo(complete);
    assertThat(statuses(json.at("/overall/statuses"))).isEqualTo(expected);

    // report: the recording section's statuses and the completeness section's complete count.
    Path figures = dir.resolve("report.json");
    CommandRun report =
        CommandRun.run(
            "",
            args(
                List.of(
                    "report",
                    "--input",
                    extract.toString(),
                    "--ethnicity-column",
                    "ethnicity",
                    "--disclosure",
                    "none",
                    "--output",
                    dir.resolve("report.html").toString(),
                    "--json",
                    figures.toString()),
                via));
    assertThat(report.exitCode).as(report.err).isZero();
    JsonNode reportJson = new ObjectMapper().readTree(figures.toFile());
    assertThat(reportJson.get("recognition").asText()).isEqualTo(json.get("recognition").asText());
    assertThat(statuses(reportJson.at("/recording/units/0/statuses"))).isEqualTo(expected);
    assertThat(reportJson.toString()).contains("\"complete\":" + complete);
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains(json.get("recognition").asText());
  }

  private static String[] args(List<String> command, List<String> via) {
    List<String> all = new ArrayList<>(command);
    all.addAll(via);
    return all.toArray(String[]::new);
  }

  private static Map<RecognitionStatus, Long> zeroes() {
    Map<RecognitionStatus, Long> counts = new EnumMap<>(RecognitionStatus.class);
    for (RecognitionStatus status : RecognitionStatus.values()) {
      counts.put(status, 0L);
    }
    return counts;
  }

  private static Map<RecognitionStatus, Long> statuses(JsonNode node) {
    Map<RecognitionStatus, Long> counts = zeroes();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      counts.put(RecognitionStatus.valueOf(field.getKey()), field.getValue().asLong());
    }
    return counts;
  }
}
