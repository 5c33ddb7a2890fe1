package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.JsonFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code equality-monitor} command. Exit codes: 0 success, 1 bad input file, 2 usage error. */
@Command(
    name = "equality-monitor",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ethnicity coding and equality monitoring for health and care.")
public final class EqualityMonitor implements Runnable {
  /** The commands, in the order that {@code --help} lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(
          SchemesCommand.class,
          ShowCommand.class,
          CodeCommand.class,
          CompletenessCommand.class,
          ResolveCommand.class,
          ImpactCommand.class,
          ReportCommand.class,
          AgreementCommand.class,
          PopulationsCommand.class,
          StatisticsCommand.class,
          ExportFhirCommand.class,
          DemoCommand.class);

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
    EarlyRecognition.startFor(args);
    System.exit(commandLine(args).execute(args));
  }

  /**
   * Returns the configured command line for running {@code args}. When they start with a command's
   * name it knows that command alone: picocli builds the model of every command it knows (their
   * options, types and the classes they load), which costs a few tenths of a second of start-up
   * that a run of one command does not need. Anything else, such as {@code --help} or a name that
   * is no command, gets {@link #commandLine()}, which knows them all.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> command : COMMANDS) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLineWith(List.of(command));
        }
      }
    }
    return commandLine();
  }

  /** Returns the configured command line that knows every command, for tests and embedding. */
  static CommandLine commandLine() {
    return commandLineWith(COMMANDS);
  }

  private static CommandLine commandLineWith(List<Class<?>> commands) {
    CommandLine commandLine = new CommandLine(new EqualityMonitor());
    for (Class<?> command : commands) {
      commandLine.addSubcommand(command);
    }
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
    List<String> names = new ArrayList<>();
    for (Class<?> command : COMMANDS) {
      names.add(command.getAnnotation(Command.class).name());
    }
    throw new UsageException(
        "name a command: "
            + String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1));
  }
}
