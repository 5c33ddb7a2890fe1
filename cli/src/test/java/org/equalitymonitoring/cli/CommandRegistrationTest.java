package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * A run that names a command builds that command alone, and what it shows is what the command line
 * that knows every command shows.
 */
class CommandRegistrationTest {
  /** Every command of the tool, in the order its help has always listed them. */
  private static final List<String> COMMANDS =
      List.of(
          "schemes",
          "show",
          "code",
          "completeness",
          "resolve",
          "impact",
          "report",
          "agreement",
          "populations",
          "statistics",
          "export-fhir",
          "demo");

  @Test
  void helpListsEveryCommandInOrder() {
    CommandRun run = CommandRun.run("", "--help");

    assertThat(run.exitCode).isZero();
    String commands = run.out.substring(run.out.indexOf("Commands:"));
    List<String> listed = new ArrayList<>();
    for (String line : commands.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        listed.add(line.trim().split(" ")[0]);
      }
    }
    assertThat(listed).isEqualTo(COMMANDS);
  }

  @Test
  void aRunThatNamesACommandBuildsThatCommandAlone() {
    for (String command : COMMANDS) {
      assertThat(EqualityMonitor.commandLine(command, "--input", "x.csv").getSubcommands())
          .as(command)
          .containsOnlyKeys(command);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "--version", "nonsense", "-x"})
  void aRunThatNamesNoCommandKnowsEveryCommand(String first) {
    assertThat(EqualityMonitor.commandLine(first).getSubcommands().keySet())
        .containsExactlyElementsOf(COMMANDS);
    assertThat(EqualityMonitor.commandLine().getSubcommands().keySet())
        .containsExactlyElementsOf(COMMANDS);
  }

  @Test
  void eachCommandsHelpIsTheSameBuiltAloneOrWithTheOthers() {
    List<String[]> helps = new ArrayList<>();
    for (String command : COMMANDS) {
      helps.add(new String[] {command, "--help"});
    }
    for (String statistic : List.of("sii", "funnel", "isr", "mean")) {
      helps.add(new String[] {"statistics", statistic, "--help"});
    }
    for (String[] args : helps) {
      String alone = help(EqualityMonitor.commandLine(args), args);
      String withAll = help(EqualityMonitor.commandLine(), args);

      assertThat(alone).as(String.join(" ", args)).contains("Usage: equality-monitor " + args[0]);
      assertThat(alone).as(String.join(" ", args)).isEqualTo(withAll);
    }
  }

  @Test
  void aRunWithNoCommandNamesEveryCommand() {
    CommandRun run = CommandRun.run("");

    assertThat(run.exitCode).isNotZero();
    assertThat(run.err)
        .contains(
            "name a command: schemes, show, code, completeness, resolve, impact, report,"
                + " agreement, populations, statistics, export-fhir or demo");
  }

  @Test
  void everyHelpIsFormattedWithoutWarnings() {
    // picocli reports a description it cannot format on System.err, not on the command's err
    PrintStream saved = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String statistic : List.of("sii", "funnel", "isr", "mean")) {
        assertThat(CommandRun.run("", "statistics", statistic, "--help").exitCode).isZero();
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
  }

  private static String help(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }
}
