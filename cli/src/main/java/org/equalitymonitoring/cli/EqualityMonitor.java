package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.JsonFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code equality-monitor} command. Exit codes: 0 success, 1 bad input file, 2 usage error. */
@Command(
    name = "equality-monitor",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ethnicity coding and equality monitoring for health and care.",
    subcommands = {
      SchemesCommand.class,
      ShowCommand.class,
      CodeCommand.class,
      CompletenessCommand.class,
      ResolveCommand.class,
      ImpactCommand.class,
      ReportCommand.class,
      PopulationsCommand.class,
      StatisticsCommand.class,
      ExportFhirCommand.class,
      DemoCommand.class
    })
public final class EqualityMonitor implements Runnable {
  /** Exit code for a bad input file. */
  static final int BAD_INPUT = 1;

  /** Exit code for a usage error. */
  static final int USAGE = 2;

  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    // HAPI FHIR logs through SLF4J and the tool binds no logger: SLF4J falls back to no logging,
    // without warning that it does.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    System.exit(commandLine().execute(args));
  }

  /** Returns the configured command line, for tests and embedding. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new EqualityMonitor());
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          PrintWriter err = command.getErr();
          if (exception instanceof UsageException) {
            err.println("error: " + exception.getMessage());
            return USAGE;
          }
          if (exception instanceof InputException
              || exception instanceof JsonFormatException
              || exception instanceof CsvFormatException) {
            err.println("error: " + exception.getMessage());
            return BAD_INPUT;
          }
          if (exception instanceof UncheckedIOException) {
            // A file that exists but cannot be read, such as a folder given as a file.
            IOException cause = ((UncheckedIOException) exception).getCause();
            err.println(
                "error: "
                    + exception.getMessage()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            return BAD_INPUT;
          }
          throw exception;
        });
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageException(
        "name a command: schemes, show, code, completeness, resolve, impact, report, statistics,"
            + " populations, export-fhir or demo");
  }
}
