package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {
  @TempDir Path dir;

  /**
   * GP against hospital for 52 people: 20 A/A, 5 A/N, 10 N/A, 15 N/N (the table worked by hand in
   * core's AgreementTest: κ = 0.4, SE 0.126996, 95% 0.151092 to 0.648908), written as codes and
   * labels in any case, plus 2 people with no hospital value.
   */
  private Path extract() throws IOException {
    StringBuilder csv = new StringBuilder("person,gp,hospital\n");
    int id = 0;
    for (String[] pair :
        new String[][] {{"A", "a", "20"}, {"A", "N", "5"}, {"n", "A", "10"}, {"N", "N", "15"}}) {
      for (int i = 0; i < Integer.parseInt(pair[2]); i++) {
        csv.append(id++).append(',').append(pair[0]).append(',').append(pair[1]).append('\n');
      }
    }
    csv.append("98,A,\n99,N, \n");
    Path path = dir.resolve("pairs.csv");
    Files.writeString(path, csv);
    return path;
  }

  /** Runs the agreement command on an input, comparing its gp and hospital columns. */
  private static CommandRun agreement(String input, String... more) {
    String[] arguments = {
      "agreement", "--input", input, "--left-column", "gp", "--right-column", "hospital"
    };
    String[] all = Arrays.copyOf(arguments, arguments.length + more.length);
    System.arraycopy(more, 0, all, arguments.length, more.length);
    return CommandRun.run("", all);
  }

  @Test
  void comparesTwoColumnsAsWorkedByHand() throws IOException {
    CommandRun run = agreement(extract().toString(), "--format", "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out);
    assertThat(result.get("compared").asLong()).isEqualTo(50);
    // the 2 people with no hospital value are in the matrix's last column: A 1, N 1; so everyone
    // (52) has a category in the first column
    assertThat(result.get("people").asLong()).isEqualTo(52);
    assertThat(result.get("notCompared").asText()).isEqualTo("0");
    assertThat(result.get("matrix").get(0).get(2).asLong()).isEqualTo(1);
    assertThat(result.get("matrix").get(1).get(2).asLong()).isEqualTo(1);
    JsonNode kappa = result.get("kappa");
    assertThat(kappa.get("value").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(kappa.get("standardError").asDouble()).isCloseTo(0.126996063, within(1e-9));
    assertThat(kappa.get("lower").asDouble()).isCloseTo(0.151092, within(1e-6));
    JsonNode a = result.get("categories").get(0);
    assertThat(a.get("code").asText()).isEqualTo("A");
    assertThat(a.get("both").asLong()).isEqualTo(20);
    // 20 A/A + 5 A/N + 1 without a hospital value
    assertThat(a.get("first").asLong()).isEqualTo(26);
    assertThat(a.get("noSecond").asLong()).isEqualTo(1);
    assertThat(a.get("share").get("value").asDouble()).isCloseTo(0.8, within(1e-12));
    assertThat(result.get("matrix").get(1).get(0).asLong()).isEqualTo(10);
  }

  /**
   * The same 52 people, the hospital values in a second file in another order, joined by person:
   * the same figures as one file with two columns. Person 98 is missing from the second file and
   * person 99's value is blank, so each counts as no usable second value (A 1, N 1).
   */
  @Test
  void joinsASecondFileByPerson() throws IOException {
    List<String> rows = Files.readAllLines(extract());
    StringBuilder gp = new StringBuilder("gp,person\n");
    StringBuilder hospital = new StringBuilder("hospital;person\n");
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      gp.append(f[1]).append(',').append(f[0]).append('\n');
      if (!f[0].equals("98")) {
        hospital.insert("hospital;person\n".length(), f[2] + ";" + f[0] + "\n");
      }
    }
    Path first = dir.resolve("gp.csv");
    Path second = dir.resolve("hospital.csv");
    Files.writeString(first, gp);
    Files.writeString(second, hospital);

    CommandRun run =
        agreement(
            first.toString(),
            "--second-input",
            second.toString(),
            "--id-column",
            "person",
            "--format",
            "json");

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out);
    assertThat(result.get("compared").asLong()).isEqualTo(50);
    assertThat(result.get("people").asLong()).isEqualTo(52);
    assertThat(result.get("matrix").get(0).get(0).asLong()).isEqualTo(20);
    assertThat(result.get("matrix").get(0).get(1).asLong()).isEqualTo(5);
    assertThat(result.get("matrix").get(1).get(0).asLong()).isEqualTo(10);
    assertThat(result.get("matrix").get(0).get(2).asLong()).isEqualTo(1);
    assertThat(result.get("matrix").get(1).get(2).asLong()).isEqualTo(1);
    assertThat(result.get("kappa").get("value").asDouble()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void aPersonTwiceInTheSecondFileIsAnInputErrorThatDoesNotQuoteThem() throws IOException {
    Path first = dir.resolve("gp.csv");
    Path second = dir.resolve("hospital.csv");
    Files.writeString(first, "person,gp\nP-123,A\n");
    Files.writeString(second, "person,hospital\nP-123,A\nP-123,N\n");

    CommandRun run =
        agreement(first.toString(), "--second-input", second.toString(), "--id-column", "person");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("line 3: a person's identifier appears a second time");
    assertThat(run.err).doesNotContain("P-123");
  }

  @Test
  void aSecondFileNeedsAnIdColumn() throws IOException {
    CommandRun run = agreement(extract().toString(), "--second-input", extract().toString());

    assertThat(run.exitCode).isNotZero();
    assertThat(run.err).contains("--second-input and --id-column go together");
  }

  @Test
  void printsATextSummary() throws IOException {
    CommandRun run = agreement(extract().toString());
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out)
        .contains("Cohen's kappa: 0.400 (0.151 to 0.649; SE 0.1270")
        .contains("A White - British: 80.0% (60.9% to 91.1%)");
  }

  @Test
  void underADisclosurePolicyASmallCellWithholdsKappa() throws IOException {
    CommandRun run =
        agreement(extract().toString(), "--disclosure", "nhs-digital", "--format", "json");
    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode result = new ObjectMapper().readTree(run.out);
    // 5 A/N is suppressed (1-7), and so is a second cell of its row and column
    assertThat(result.get("matrix").get(0).get(1).isNull()).isTrue();
    assertThat(result.get("kappa").isNull()).isTrue();
    assertThat(result.get("notCompared").asText()).isEqualTo("0");
    // the 1 A without a hospital value (1-7) is suppressed too
    assertThat(result.get("categories").get(0).get("noSecond").isNull()).isTrue();
  }

  @Test
  void theNumberNotComparedIsWithheldWhenTheMatrixTotalIs() throws IOException {
    // 5 people A/A: the matrix's total, 5, is small (1 to 7) and withheld. 30 people have no
    // category in the first column: 30 on its own is not small, but the file's 35 rows less 30
    // would give the withheld 5, so it is withheld too.
    StringBuilder csv = new StringBuilder("person,gp,hospital\n");
    for (int i = 0; i < 5; i++) {
      csv.append(i).append(",A,A\n");
    }
    for (int i = 5; i < 35; i++) {
      csv.append(i).append(",Martian,A\n");
    }
    Path path = Files.writeString(dir.resolve("few.csv"), csv);
    for (String format : List.of("json", "text")) {
      CommandRun run =
          agreement(path.toString(), "--disclosure", "nhs-digital", "--format", format);
      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(run.out).doesNotContain("30").doesNotContain("35");
      if (format.equals("json")) {
        JsonNode result = new ObjectMapper().readTree(run.out);
        assertThat(result.get("people").isNull()).isTrue();
        assertThat(result.get("notCompared").asText()).isEqualTo("*");
      } else {
        assertThat(run.out).contains("People with no category in the first column: *");
      }
    }
  }

  @Test
  void aMissingColumnIsAnInputError() throws IOException {
    CommandRun run =
        CommandRun.run(
            "",
            "agreement",
            "--input",
            extract().toString(),
            "--left-column",
            "gp",
            "--right-column",
            "hes");
    assertThat(run.exitCode).isNotZero();
    assertThat(run.err).contains("hes");
  }
}
