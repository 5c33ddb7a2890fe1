package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool's top-level error handling: hostile input files given to every command that reads a file
 * end in a one-line error on standard error and exit code 1, never a Java stack trace.
 */
class EqualityMonitorTest {
  @TempDir Path dir;

  /** A command that reads a file; {@code header} is a valid header row for it. */
  enum Reading {
    COMPLETENESS_INPUT("ethnicity,ward", "A,W1", "completeness", "--column", "ethnicity"),
    COMPLETENESS_COUNTS("unit,complete,total", "W1,1,2", "completeness"),
    IMPACT("group,events,denominator", "A,1,10", "impact"),
    REPORT("eth,ward", "A,W1", "report", "--ethnicity-column", "eth");

    final String header;
    final String row;
    final String[] options;

    Reading(String header, String row, String... options) {
      this.header = header;
      this.row = row;
      this.options = options;
    }

    String fileOption() {
      return this == COMPLETENESS_COUNTS ? "--counts" : "--input";
    }
  }

  /** Hostile contents: a name and the bytes, given the command's header and a valid row. */
  enum Hostile {
    EMPTY,
    HEADER_ONLY,
    BINARY_GARBAGE,
    NOT_UTF8_IN_A_ROW,
    UNCLOSED_QUOTE_BEFORE_A_HUGE_FIELD,
    RAGGED_ROW,
    MISSING_COLUMNS;

    byte[] bytes(Reading command) {
      switch (this) {
        case EMPTY:
          return new byte[0];
        case HEADER_ONLY:
          return utf8(command.header + "\n");
        case BINARY_GARBAGE:
          byte[] garbage = new byte[4096];
          for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 151 + 7);
          }
          return garbage;
        case NOT_UTF8_IN_A_ROW:
          byte[] head = utf8(command.header + "\n" + command.row + "\n");
          byte[] bad = new byte[head.length + 1];
          System.arraycopy(head, 0, bad, 0, head.length);
          bad[head.length] = (byte) 0xC3;
          return bad;
        case UNCLOSED_QUOTE_BEFORE_A_HUGE_FIELD:
          return utf8(command.header + "\n\"" + "x,".repeat(1_100_000));
        case RAGGED_ROW:
          return utf8(command.header + "\n" + command.row + ",extra\n");
        default:
          return utf8("something,else\n1,2\n");
      }
    }
  }

  static Stream<Arguments> hostileFiles() {
    List<Arguments> cases = new ArrayList<>();
    for (Reading command : Reading.values()) {
      for (Hostile hostile : Hostile.values()) {
        cases.add(Arguments.of(command, hostile));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("hostileFiles")
  void aHostileFileGivesOneErrorLineAndExitCodeOne(Reading command, Hostile hostile)
      throws IOException {
    Path file = dir.resolve("input.csv");
    Files.write(file, hostile.bytes(command));

    CommandRun run = run(command, file);

    assertThat(run.exitCode).as(run.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertNoStackTrace(run);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readingCommands")
  void aFolderGivenAsTheInputFileIsABadInputFile(Reading command) {
    CommandRun run = run(command, dir);

    assertThat(run.exitCode).as(run.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertNoStackTrace(run);
  }

  static Stream<Reading> readingCommands() {
    return Stream.of(Reading.values());
  }

  static Stream<Arguments> hostileValuesToCode() {
    return Stream.of(
        Arguments.of(
            new byte[] {'A', '\n', 'B', '\n', (byte) 0xFF, '\n'}, "line 3: not valid UTF-8"),
        Arguments.of(
            utf8("A\n" + "x".repeat(1_048_577)), "line 2: a line is longer than 1,048,576"));
  }

  @ParameterizedTest
  @MethodSource("hostileValuesToCode")
  void codeReportsABadLineByItsNumber(byte[] input, String message) throws IOException {
    Path file = dir.resolve("values.txt");
    Files.write(file, input);

    CommandRun run =
        CommandRun.run(
            "", "code", "--scheme", "nhs-ethnic-category-2001", "--input", file.toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertThat(run.err).contains(message);
    assertNoStackTrace(run);
  }

  static Stream<String> hostileSchemeFiles() {
    return Stream.of(
        "",
        "{",
        "[[[[[[[[[[",
        "{\"id\": 3}",
        "\u0000\u0001garbage",
        "[".repeat(100_000),
        "{\"id\": \"" + "x".repeat(30_000_000));
  }

  @ParameterizedTest
  @MethodSource("hostileSchemeFiles")
  void aHostileSchemeFileIsABadInputFile(String json) throws IOException {
    Path file = dir.resolve("scheme.json");
    Files.writeString(file, json);

    CommandRun run = CommandRun.run("A\n", "code", "--scheme", file.toString());

    assertThat(run.exitCode).as(run.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertNoStackTrace(run);
  }

  @Test
  void anErrorQuotesAtMostEightyCharactersOfAValueAndEscapesControlCharacters() throws IOException {
    String value = "\u001b[2J" + "v".repeat(10_000);
    String quoted = "'\\u001b[2J" + "v".repeat(76) + "\u2026'";
    Path extract = dir.resolve("extract.csv");
    Files.writeString(extract, "eth,outcome\nA," + value + "\n");
    CommandRun report =
        CommandRun.run(
            "",
            "report",
            "--input",
            extract.toString(),
            "--ethnicity-column",
            "eth",
            "--outcome-column",
            "outcome",
            "--output",
            dir.resolve("r.html").toString());
    assertThat(report.exitCode).as(report.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertThat(report.err)
        .contains("line 2: an outcome must be yes/no, y/n, true/false or 1/0, got " + quoted);
    assertNoStackTrace(report);

    Path counts = dir.resolve("counts.csv");
    Files.writeString(counts, "unit,complete,total\nW1," + value + ",2\n");
    CommandRun completeness = run(Reading.COMPLETENESS_COUNTS, counts);
    assertThat(completeness.err)
        .contains("complete must be a whole number of at least 0, got " + quoted);
    assertNoStackTrace(completeness);

    Path groups = dir.resolve("groups.csv");
    Files.writeString(groups, "group,events,denominator\n" + value + ",x,2\n");
    CommandRun impact = run(Reading.IMPACT, groups);
    assertThat(impact.err).contains("got 'x' for group " + quoted);
    assertNoStackTrace(impact);
  }

  static Stream<Arguments> hostileCounts() {
    return Stream.of(
        Arguments.of("W1,-1,2", "complete must be a whole number of at least 0, got '-1'"),
        Arguments.of("W1,+1,2", "complete must be a whole number of at least 0, got '+1'"),
        Arguments.of("W1,\u0663,5", "complete must be a whole number of at least 0, got '\u0663'"),
        Arguments.of("W1,1,99999999999999999999", "got '99999999999999999999'"),
        Arguments.of("W1,3,2", "line 2:"),
        Arguments.of("W1,1,2\nW1,1,3", "line 3: duplicate unit 'W1' (first on line 2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileCounts")
  void badCountsNameTheLineAndTheValue(String rows, String message) throws IOException {
    Path file = dir.resolve("counts.csv");
    Files.writeString(file, "unit,complete,total\n" + rows + "\n");

    CommandRun run = run(Reading.COMPLETENESS_COUNTS, file);

    assertThat(run.exitCode).as(run.err).isEqualTo(EqualityMonitor.BAD_INPUT);
    assertThat(run.err).contains(message);
    assertNoStackTrace(run);
  }

  private CommandRun run(Reading command, Path file) {
    List<String> args = new ArrayList<>(List.of(command.options));
    args.add(command.fileOption());
    args.add(file.toString());
    if (command == Reading.REPORT) {
      args.add("--output");
      args.add(dir.resolve("report.html").toString());
    }
    return CommandRun.run("", args.toArray(String[]::new));
  }

  private static void assertNoStackTrace(CommandRun run) {
    List<String> errors = run.err.lines().filter(line -> line.startsWith("error: ")).toList();
    assertThat(errors).as(run.err).hasSize(1);
    assertThat(errors.get(0)).hasSizeLessThan(400);
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
