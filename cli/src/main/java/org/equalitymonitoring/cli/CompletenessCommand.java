package org.equalitymonitoring.cli;

import com.google.common.base.Suppliers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.completeness.UnitCount;
import org.equalitymonitoring.io.CompletenessReportJson;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.stats.ConfidenceLevel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the completeness of ethnicity recording in an extract, overall and per unit. */
@Command(
    name = "completeness",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how completely ethnicity is recorded, overall and per unit, against a target.",
      "Reads a record-level CSV extract (--input with --column) or pre-aggregated counts"
          + " (--counts: columns unit,complete,total)."
    })
final class CompletenessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--input",
        paramLabel = "FILE",
        description =
            "a record-level extract: .csv, .csv.gz, .xlsx or - for standard input; or FHIR"
                + " Patients: bulk-export .ndjson or a Bundle .json, or either on standard input"
                + " (column ethnicity)")
    Path input;

    @Option(
        names = "--counts",
        paramLabel = "FILE",
        description = "pre-aggregated rows with columns unit,complete,total, read as --input is")
    Path counts;
  }

  @Option(
      names = {"--column", "--ethnicity-column"},
      paramLabel = "NAME",
      description = "the column holding the recorded ethnicity (with --input)")
  String column;

  @Option(
      names = "--scheme",
      paramLabel = "ID|FILE",
      defaultValue = "nhs-ethnic-category-2001",
      description = "the scheme of the recorded values (default: ${DEFAULT-VALUE})")
  String scheme;

  @Option(
      names = {"--by", "--unit-column"},
      paramLabel = "COL[,COL]",
      split = ",",
      description = "the columns that name a unit (provider, ward, practice, period...)")
  List<String> by = new ArrayList<>();

  @Option(
      names = "--definition",
      defaultValue = "known",
      paramLabel = "known|valid",
      description =
          "known: a code that identifies an ethnic group; valid: also Z Not stated (default:"
              + " ${DEFAULT-VALUE})")
  String definition;

  @Option(
      names = "--target",
      paramLabel = "PERCENT",
      description = "the target proportion complete, such as 95")
  Double target;

  @Mixin ConfidenceOption confidence;

  @Mixin ExtractOptions extract;

  @Mixin RecognitionOptions recognition;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    CompletenessDefinition chosen = Arguments.parse(() -> CompletenessDefinition.parse(definition));
    ConfidenceLevel level = confidence.level();
    Optional<Target> goal =
        target == null
            ? Optional.empty()
            : Optional.of(
                Arguments.parse(() -> Target.of(Arguments.percentage("--target", target))));
    CompletenessReport report;
    Optional<BundledRecognition> setup = Optional.empty();
    if (source.counts != null) {
      if (column != null || !by.isEmpty()) {
        throw new UsageException("--column and --by go with --input, not --counts");
      }
      report =
          CompletenessReport.ofCounts(
              readCounts(source.counts), chosen, goal, LocalDate.now(), level);
    } else {
      if (column == null && PatientSheet.isPatients(source.input)) {
        column = PatientSheet.ETHNICITY;
      }
      if (column == null) {
        throw new UsageException("--input needs --column, the column holding the ethnicity");
      }
      Supplier<BundledRecognition> recognitionSetup =
          Suppliers.memoize(() -> recognition.recognition(Schemes.resolve(scheme)));
      CompletenessTally tally = tally(source.input, recognitionSetup);
      setup = Optional.of(recognitionSetup.get());
      if (tally.units().isEmpty()) {
        throw new InputException(source.input + ": the file has a header but no records");
      }
      report = CompletenessReport.of(tally, chosen, goal, LocalDate.now(), level);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json:
        writeJson(report, setup, out);
        break;
      case csv:
        setup.ifPresent(s -> stateOnStandardError(s));
        writeCsv(report, out);
        break;
      default:
        writeText(report, setup, out);
        break;
    }
    out.flush();
    return 0;
  }

  /** Writes the JSON report, with a "recognition" field first when records were recognised. */
  private static void writeJson(
      CompletenessReport report, Optional<BundledRecognition> setup, PrintWriter out) {
    if (setup.isEmpty()) {
      CompletenessReportJson.write(report, out);
    } else {
      CompletenessReportJson.write(report, setup.get().description(), out);
    }
  }

  private void stateOnStandardError(BundledRecognition setup) {
    spec.commandLine().getErr().println("Recognition: " + setup.description());
    spec.commandLine().getErr().flush();
  }

  /**
   * Tallies an extract. A plain UTF-8 file is read in chunks on several threads, counting its
   * distinct records (unit and raw value) while the recognition is built, then each distinct raw
   * value is recognised once; anything else, or a file with too many distinct records for memory,
   * is read record by record.
   */
  private CompletenessTally tally(Path file, Supplier<BundledRecognition> setup) {
    CompletenessTally tally = CompletenessTally.create();
    try (Progress progress = Progress.forFile(spec.commandLine().getErr(), Extracts.size(file));
        CsvReader csv =
            PatientSheet.isPatients(file)
                ? PatientSheet.open(file, progress, extract, setup.get().recogniser())
                : Extracts.open(file, progress, extract)) {
      int ethnicity = csv.column(column);
      int[] units = by.stream().mapToInt(csv::column).toArray();
      if (Extracts.isPlainUtf8(file, extract)) {
        int[] columns = Arrays.copyOf(units, units.length + 1);
        columns[units.length] = ethnicity;
        CompletableFuture<Optional<Map<List<String>, Long>>> counting =
            CompletableFuture.supplyAsync(
                () ->
                    progress.whileReading(
                        bytesRead ->
                            DistinctRecords.count(
                                file, csv.delimiter(), csv.header().size(), columns, bytesRead)));
        CrosswalkRecogniser recogniser = setup.get().recogniser();
        Optional<Map<List<String>, Long>> records = distinctRecords(counting);
        if (records.isPresent()) {
          return tallyOf(records.get(), recogniser::recognise);
        }
      }
      CrosswalkRecogniser recogniser = setup.get().recogniser();
      StringBuilder unit = new StringBuilder();
      while (csv.next()) {
        unit.setLength(0);
        for (int i = 0; i < units.length; i++) {
          if (i > 0) {
            unit.append(" / ");
          }
          unit.append(csv.get(units[i]).strip());
        }
        tally.add(unit.toString(), recogniser.recognise(csv.get(ethnicity)));
        progress.row();
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    return tally;
  }

  /**
   * Waits for the distinct records of a chunked reading: empty if the file breaks a rule of the
   * {@code CsvReader} (which will report it) or holds too many distinct records to remember.
   */
  private static Optional<Map<List<String>, Long>> distinctRecords(
      CompletableFuture<Optional<Map<List<String>, Long>>> counting) {
    try {
      return counting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof DistinctRecords.TooManyCombinations) {
        return Optional.empty();
      }
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  /**
   * Returns the tally of distinct records, each the values of the unit columns followed by the raw
   * value, with their counts: units named as record by record (columns stripped of white space,
   * joined by " / "), each distinct raw value recognised once.
   */
  static CompletenessTally tallyOf(
      Map<List<String>, Long> records, Function<String, Recognition> recognise) {
    CompletenessTally tally = CompletenessTally.create();
    Map<String, Recognition> recognitions = new HashMap<>();
    records.forEach(
        (values, count) -> {
          int last = values.size() - 1;
          StringBuilder unit = new StringBuilder();
          for (int i = 0; i < last; i++) {
            if (i > 0) {
              unit.append(" / ");
            }
            unit.append(values.get(i).strip());
          }
          tally.add(
              unit.toString(), recognitions.computeIfAbsent(values.get(last), recognise), count);
        });
    return tally;
  }

  private List<UnitCount> readCounts(Path file) {
    List<UnitCount> counts = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    try (Progress progress = Progress.forFile(spec.commandLine().getErr(), Extracts.size(file));
        CsvReader csv = Extracts.open(file, progress, extract)) {
      int unit = csv.column("unit");
      int complete = csv.column("complete");
      int total = csv.column("total");
      while (csv.next()) {
        long line = csv.line();
        String name = csv.get(unit).strip();
        long completeCount = count(csv, complete, "complete", line);
        long totalCount = count(csv, total, "total", line);
        Long first = firstLine.putIfAbsent(name, line);
        if (first != null) {
          throw new InputException(
              file
                  + ": line "
                  + line
                  + ": duplicate unit "
                  + CsvFormatException.quote(name)
                  + " (first on line "
                  + first
                  + ")");
        }
        try {
          counts.add(UnitCount.of(name, completeCount, totalCount));
        } catch (IllegalArgumentException e) {
          throw new InputException(file + ": line " + line + ": " + e.getMessage());
        }
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    if (counts.isEmpty()) {
      throw new InputException(file + ": the file has a header but no rows");
    }
    return counts;
  }

  /** Reads a count: ASCII digits only, so not a sign or the digits of another script. */
  private static long count(CsvReader csv, int column, String name, long line) {
    String text = csv.get(column).strip();
    if (ImpactInput.WHOLE.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    throw new InputException(
        csv.source()
            + ": line "
            + line
            + ": "
            + name
            + " must be a whole number of at least 0, got "
            + CsvFormatException.quote(text));
  }

  /**
   * The text report is formatted in {@link Locale#US}, whose digits and decimal point are ASCII
   * whatever the default locale: a formatter loads no locale data for it, some tens of milliseconds
   * of a cold start.
   */
  private static final Locale TEXT = Locale.US;

  private static String percent(double fraction) {
    return String.format(TEXT, "%.1f%%", fraction * 100);
  }

  private static void writeText(
      CompletenessReport report, Optional<BundledRecognition> setup, PrintWriter out) {
    out.printf(
        TEXT,
        "Ethnicity completeness (%s)%s, %s intervals%n",
        report.definition().id(),
        report.target().map(t -> ", target " + percent(t.threshold())).orElse(""),
        report.confidence().label());
    setup.ifPresent(s -> out.println("Recognition: " + s.description()));
    out.printf(
        TEXT,
        "%-30s %10s %10s %8s %17s %-6s %s%n",
        "UNIT",
        "TOTAL",
        "COMPLETE",
        "%",
        "INTERVAL",
        "TARGET",
        "FUNNEL");
    for (UnitCompleteness unit : report.units()) {
      line(out, unit.unit().isEmpty() ? "(all)" : unit.unit(), unit);
    }
    line(out, "OVERALL", report.overall());
  }

  private static void line(PrintWriter out, String name, UnitCompleteness unit) {
    out.printf(
        TEXT,
        "%-30s %10d %10d %8s %17s %-6s %s%n",
        name,
        unit.total(),
        unit.complete(),
        percent(unit.proportion().value()),
        percent(unit.proportion().lower()) + "-" + percent(unit.proportion().upper()),
        switch (unit.meetsTarget()) {
          case MET -> "met";
          case NOT_MET -> "no";
          case NO_TARGET -> "-";
        },
        unit.funnel().map(f -> f.label()).orElse(""));
  }

  private static void writeCsv(CompletenessReport report, PrintWriter out) {
    StringBuilder header =
        new StringBuilder(
            "unit,total,complete,proportion,lower,upper,meets_target,significantly_below_target,funnel");
    for (RecognitionStatus status : RecognitionStatus.values()) {
      header.append(',').append(status.name());
    }
    out.println(header);
    for (UnitCompleteness unit : report.units()) {
      csvLine(out, unit.unit(), unit);
    }
    csvLine(out, "OVERALL", report.overall());
  }

  private static void csvLine(PrintWriter out, String name, UnitCompleteness unit) {
    StringBuilder line = new StringBuilder();
    Csv.append(line, name)
        .append(',')
        .append(unit.total())
        .append(',')
        .append(unit.complete())
        .append(',')
        .append(Csv.figure(unit.proportion().value()))
        .append(',')
        .append(Csv.figure(unit.proportion().lower()))
        .append(',')
        .append(Csv.figure(unit.proportion().upper()))
        .append(',')
        .append(
            switch (unit.meetsTarget()) {
              case MET -> "true";
              case NOT_MET -> "false";
              case NO_TARGET -> "";
            })
        .append(',')
        .append(unit.significantlyBelowTarget())
        .append(',');
    Csv.append(line, unit.funnel().map(f -> f.label()).orElse(""));
    Map<RecognitionStatus, Long> statuses = unit.counts().map(c -> c.byStatus()).orElse(Map.of());
    for (RecognitionStatus status : RecognitionStatus.values()) {
      line.append(',');
      if (statuses.containsKey(status)) {
        line.append(statuses.get(status));
      }
    }
    out.println(line);
  }
}
