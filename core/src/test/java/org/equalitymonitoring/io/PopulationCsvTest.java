package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationCsvTest {
  private static final PopulationInfo INFO =
      PopulationInfo.builder()
          .id("borough")
          .title("Borough")
          .version("2024")
          .source("s")
          .licence("OGL v3")
          .schemeId("nhs-ethnic-category-2001")
          .build();

  @TempDir Path dir;

  private Path file(String text) {
    Path file = dir.resolve("pop.csv");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private void assertProblems(String csv, String... problems) {
    Path file = file(csv);
    assertThatThrownBy(() -> PopulationCsv.read(file, INFO))
        .isInstanceOfSatisfying(
            PopulationFormatException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file.toString());
              assertThat(e.problems()).extracting(Problem::toString).containsExactly(problems);
            })
        .hasMessage(
            file
                + ": "
                + problems.length
                + (problems.length == 1 ? " problem" : " problems")
                + "\n  "
                + String.join("\n  ", problems));
  }

  @Test
  void readsTheFullHeader() {
    ReferencePopulation population =
        PopulationCsv.read(
            file(
                "category,area,age_band,sex,count\n"
                    + "A,North,0-17,F,10\n"
                    + "A,North,0-17,M,11\n"
                    + "B,North,0-17,F,3\n"),
            INFO);
    assertThat(population.info()).isEqualTo(INFO);
    assertThat(population.count("A", "North")).isEqualTo(21);
    assertThat(population.countsBySex("A", "North"))
        .containsExactly(Map.entry("F", 10L), Map.entry("M", 11L));
    assertThat(population.ageBands()).containsExactly("0-17");
  }

  @Test
  void acceptsAnyColumnOrderBomCrlfQuotesAndBlankLines() {
    ReferencePopulation population =
        PopulationCsv.read(
            file(
                "\uFEFF Count , AREA,category\r\n"
                    + "322054,\"London, Inner\",\"K\"\r\n"
                    + "\r\n"
                    + " 7 ,\"Tower \"\"Hamlets\"\"\",K\r\n"),
            INFO);
    assertThat(population.areas()).containsExactly("London, Inner", "Tower \"Hamlets\"");
    assertThat(population.count("K", "London, Inner")).isEqualTo(322_054);
    assertThat(population.count("K", "Tower \"Hamlets\"")).isEqualTo(7);
    assertThat(population.isByAgeBand()).isFalse();
    assertThat(population.isBySex()).isFalse();
  }

  @Test
  void readsSexWithoutAgeBand() {
    ReferencePopulation population =
        PopulationCsv.read(
            new StringReader("sex,category,area,count\nF,A,E,1\nM,A,E,2\n"), "inline.csv", INFO);
    assertThat(population.sexes()).containsExactly("F", "M");
    assertThat(population.ageBands()).isEmpty();
    assertThat(population.count("A", "E", Optional.empty(), Optional.of("M"))).isEqualTo(2);
  }

  @Test
  void quotedFieldMayHoldALineBreak() {
    ReferencePopulation population =
        PopulationCsv.read(file("category,area,count\nA,\"North\nWard\",5\nB,X,6\n"), INFO);
    assertThat(population.count("A", "North\nWard")).isEqualTo(5);
  }

  @Test
  void linesCountFromTheStartOfARecordAfterAMultiLineField() {
    assertProblems(
        "category,area,count\nA,\"North\nWard\",5\nB,X,-1\n", "line 4: count '-1' is negative");
  }

  @Test
  void missingColumn() {
    assertProblems(
        "category,age_band,count\nA,0-17,1\n",
        "line 1: missing column 'area'; the header needs category, area and count, and may have"
            + " age_band and sex");
  }

  @Test
  void unknownAndRepeatedColumns() {
    assertProblems(
        "category,area,agegroup,count,Area\nA,E,0-17,1,E\n",
        "line 1: unknown column 'agegroup'; expected category, area, age_band, sex, count",
        "line 1: column 'area' appears twice");
  }

  @Test
  void raggedRows() {
    assertProblems(
        "category,area,count\nA,E,1\nB,E\nC,E,3,4\n",
        "line 3: expected 3 fields as in the header, found 2",
        "line 4: expected 3 fields as in the header, found 4");
  }

  @Test
  void nonNumericCount() {
    assertProblems(
        "category,area,count\nA,E,1.5\nB,E,\"1,234\"\nC,E,\n",
        "line 2: count '1.5' is not a whole number",
        "line 3: count '1,234' is not a whole number",
        "line 4: count '' is not a whole number");
  }

  @Test
  void negativeCount() {
    assertProblems("category,area,count\nA,E,-3\n", "line 2: count '-3' is negative");
  }

  @Test
  void countTooLarge() {
    assertProblems(
        "category,area,count\nA,E,99999999999999999999\n",
        "line 2: count '99999999999999999999' is too large");
  }

  @Test
  void duplicateCell() {
    assertProblems(
        "category,area,age_band,count\nA,E,0-17,1\nA,E,18+,2\nA,E,0-17,3\n",
        "line 4: duplicate cell (category 'A', area 'E', age band '0-17'), first on line 2");
  }

  @Test
  void emptyValues() {
    assertProblems(
        "category,area,sex,count\n,E,F,1\nA,,F,1\nA,E,,1\n",
        "line 2: empty category",
        "line 3: empty area",
        "line 4: empty sex (the column is present, so every row needs a value)");
  }

  @Test
  void unclosedQuote() {
    assertProblems("category,area,count\nA,\"E,1\n", "line 2: a quoted field is not closed");
  }

  @Test
  void problemsBeforeAnUnclosedQuoteAreListedToo() {
    assertProblems(
        "category,area,count\nA,E,x\nB,E\nC,\"E\"x,1\nD,E,-1\nF,\"E,1\nG,E,2\n",
        "line 2: count 'x' is not a whole number",
        "line 3: expected 3 fields as in the header, found 2",
        "line 4: text after the closing quote of a field",
        "line 5: count '-1' is negative",
        "line 6: a quoted field is not closed");
  }

  @Test
  void countIsAsciiDigitsWithoutAPlusSign() {
    assertProblems(
        "category,area,count\nA,E,+5\nB,E,\u0663\nC,E,-\nD,E, 12 \n",
        "line 2: count '+5' is not a whole number",
        "line 3: count '\u0663' is not a whole number",
        "line 4: count '-' is not a whole number");
  }

  @Test
  void bytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("pop.csv");
    Files.write(file, new byte[] {'c', 'a', 't', (byte) 0xff, '\n'});
    assertThatThrownBy(() -> PopulationCsv.read(file, INFO))
        .isInstanceOf(PopulationFormatException.class)
        .hasMessage(file + ": 1 problem\n  line 1: the file is not valid UTF-8");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirOwnLine() throws IOException {
    Path file = dir.resolve("pop.csv");
    byte[] head = "category,area,count\nA,E,1\nB,E,2\nC,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = ',';
    bytes[head.length + 2] = '3';
    bytes[head.length + 3] = '\n';
    Files.write(file, bytes);
    assertThatThrownBy(() -> PopulationCsv.read(file, INFO))
        .isInstanceOf(PopulationFormatException.class)
        .hasMessage(file + ": 1 problem\n  line 4: the file is not valid UTF-8");
  }

  @Test
  void aProblemQuotesAtMostEightyCharactersOfAValue() {
    assertProblems(
        "category,area,count\nA,E," + "9x".repeat(100) + "\n",
        "line 2: count '" + "9x".repeat(40) + "\u2026' is not a whole number");
  }

  @Test
  void textAfterClosingQuote() {
    assertProblems(
        "category,area,count\nA,\"E\"x,1\n", "line 2: text after the closing quote of a field");
  }

  @Test
  void emptyFile() {
    assertProblems("", "line 1: no header; expected category,area,age_band,sex,count");
  }

  @Test
  void headerOnly() {
    assertProblems("category,area,count\n", "line 2: no rows after the header");
  }

  @Test
  void categoryNotInTheScheme() {
    Path file = file("category,area,count\nA,E,1\n13,E,2\n");
    assertThatThrownBy(() -> PopulationCsv.read(file, INFO, TestSchemes.nhs2001()))
        .isInstanceOf(PopulationFormatException.class)
        .hasMessage(
            file
                + ": 1 problem\n"
                + "  line 3: category '13' is not a code of scheme 'nhs-ethnic-category-2001'");
  }

  @Test
  void schemeMustBeThePopulations() {
    PopulationInfo other =
        PopulationInfo.builder().from(INFO).schemeId("ons-census-2021-england-wales").build();
    assertThatThrownBy(
            () ->
                PopulationCsv.read(
                    new StringReader("category,area,count\nA,E,1\n"),
                    "x.csv",
                    other,
                    TestSchemes.nhs2001()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "population 'borough' names scheme 'ons-census-2021-england-wales' but was given"
                + " scheme 'nhs-ethnic-category-2001'");
  }

  @Test
  void missingFile() {
    assertThatThrownBy(() -> PopulationCsv.read(dir.resolve("none.csv"), INFO))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("none.csv");
  }
}
