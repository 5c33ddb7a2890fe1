package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic extract and produces its report: the tool's main job on bundled data. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a realistic synthetic extract (fixed seed) and produce its equality-monitoring report.",
      "Writes demo-extract.csv, report.html and report.json into the output folder."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      defaultValue = "demo-output",
      paramLabel = "DIR",
      description = "the folder to write into (default: ${DEFAULT-VALUE})")
  Path output;

  @Option(
      names = "--rows",
      defaultValue = "40000",
      description = "the number of records (default: ${DEFAULT-VALUE})")
  int rows;

  @Option(
      names = "--seed",
      defaultValue = "20261122",
      description = "the seed of the generator (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    if (rows < 1) {
      throw new UsageException("--rows must be at least 1, got " + rows);
    }
    Path extract = output.resolve("demo-extract.csv");
    ReportCommand.write(
        extract,
        writer -> {
          try {
            DemoExtract.write(writer, rows, seed);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    spec.commandLine()
        .getOut()
        .println("Synthetic extract written to " + extract.toAbsolutePath().normalize());
    CommandLine report = new CommandLine(new ReportCommand());
    report.setOut(spec.commandLine().getOut());
    report.setErr(spec.commandLine().getErr());
    report.setExecutionExceptionHandler(spec.commandLine().getExecutionExceptionHandler());
    return report.execute(
        "--input", extract.toString(),
        "--ethnicity-column", "ethnicity",
        "--unit-column", "ward",
        "--period-column", "month",
        "--description-column", "ethnicity_description",
        "--outcome-column", "outcome",
        "--target", "95",
        "--due", "2027-04-01",
        "--milestone", "2026-10-01:80",
        "--milestone", "2027-01-01:90",
        "--as-of", "2027-03-31",
        "--population", "census-2021:London",
        "--disclosure", "nhs-digital",
        "--output", output.resolve("report.html").toString(),
        "--json", output.resolve("report.json").toString());
  }
}
