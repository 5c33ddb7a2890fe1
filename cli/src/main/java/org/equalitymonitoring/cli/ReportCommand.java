package org.equalitymonitoring.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.Milestone;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.report.EqualityReport;
import org.equalitymonitoring.report.PeriodFormat;
import org.equalitymonitoring.report.ReportBuilder;
import org.equalitymonitoring.schemes.BroadGroupConvention;
import org.equalitymonitoring.schemes.BundledRecognition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Produces the equality-monitoring report of a record extract. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Produce a self-contained HTML equality-monitoring report from a record-level CSV extract:",
      "completeness against a target (per unit, over time, funnel plot), how ethnicity was recorded,",
      "representation against a population, outcomes by group, data-quality findings and methods."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description =
          "the extract: .csv, .csv.gz, .xlsx or - for standard input; or FHIR Patients:"
              + " bulk-export .ndjson or a Bundle .json, or either on standard input"
              + " (column ethnicity)")
  Path input;

  @Option(
      names = {"--ethnicity-column", "--column"},
      paramLabel = "NAME",
      description = "the column holding the recorded ethnicity (required but for FHIR Patients)")
  String ethnicityColumn;

  @Option(
      names = "--scheme",
      defaultValue = "nhs-ethnic-category-2001",
      paramLabel = "ID|FILE",
      description = "the scheme of the recorded values (default: ${DEFAULT-VALUE})")
  String scheme;

  @Option(
      names = "--definition",
      defaultValue = "known",
      paramLabel = "known|valid",
      description =
          "known: a code that identifies an ethnic group; valid: also Z Not stated (default:"
              + " ${DEFAULT-VALUE})")
  String definition;

  @Option(
      names = {"--unit-column", "--by"},
      paramLabel = "NAME",
      description = "the column naming the unit (provider, ward, practice)")
  String unitColumn;

  @Option(
      names = "--period-column",
      paramLabel = "NAME",
      description = "the column naming the period, as yyyy-MM-dd, yyyy-MM or yyyy")
  String periodColumn;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "how the period column writes dates besides yyyy-MM-dd, yyyy-MM and yyyy: a java.time"
              + " pattern such as dd/MM/yyyy (UK dates) or MM/yyyy")
  String dateFormat;

  @Option(
      names = "--target",
      paramLabel = "PERCENT",
      description = "the completeness target, such as 95")
  Double target;

  @Option(
      names = "--due",
      paramLabel = "DATE",
      description = "the date the target is due (yyyy-MM-dd)")
  String due;

  @Option(
      names = "--milestone",
      paramLabel = "DATE:PERCENT",
      description = "a step towards the target, such as 2026-10-01:80 (repeatable; needs --due)")
  List<String> milestones = new ArrayList<>();

  @Mixin PopulationOption population;

  @Option(
      names = "--outcome-column",
      paramLabel = "NAME",
      description = "a yes/no outcome to compare between groups")
  String outcomeColumn;

  @Option(
      names = "--outcome-kind",
      defaultValue = "adverse",
      paramLabel = "adverse|benefit",
      description =
          "whether the outcome harms (detention) or helps (access) (default: ${DEFAULT-VALUE})")
  String outcomeKind;

  @Option(
      names = "--reference-group",
      paramLabel = "CODE",
      description = "the group outcomes are compared with (default: the largest)")
  String referenceGroup;

  @Option(
      names = "--description-column",
      paramLabel = "NAME",
      description = "free text written beside 'Any other' codes")
  String descriptionColumn;

  @Option(
      names = "--second-ethnicity-column",
      paramLabel = "NAME",
      description =
          "a second column recording the ethnicity of the same people (such as the hospital"
              + " record): adds a section on the agreement between the two, with Cohen's kappa")
  String secondEthnicityColumn;

  @Option(
      names = "--broad-groups",
      paramLabel = "data-dictionary|census-2021",
      description =
          "adds a section of known records by broad group under this convention:"
              + " data-dictionary (Chinese under Other) or census-2021 (Chinese under Asian)"
              + " (default: no such section)")
  String broadGroups;

  @Option(
      names = "--disclosure",
      defaultValue = "nhs-digital",
      paramLabel = "POLICY",
      description =
          "disclosure control: nhs-digital, threshold-10, round-5-fewer-than-5 or none (default:"
              + " ${DEFAULT-VALUE}); none marks the report \"not disclosure-controlled\"")
  String disclosure;

  @Mixin ConfidenceOption confidence;

  @Mixin ExtractOptions extract;

  @Mixin RecognitionOptions recognition;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the evaluation date for milestones (default: today)")
  String asOf;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE.html",
      description = "where to write the HTML report")
  Path output;

  @Option(
      names = "--json",
      paramLabel = "FILE.json",
      description = "also write the report's figures as JSON")
  Path json;

  @Override
  public Integer call() {
    if (ethnicityColumn == null && PatientSheet.isPatients(input)) {
      ethnicityColumn = PatientSheet.ETHNICITY;
    }
    if (ethnicityColumn == null) {
      throw new UsageException(
          "--input needs --ethnicity-column, the column holding the ethnicity");
    }
    Scheme recorded = Schemes.resolve(scheme);
    ReportBuilder builder = ReportBuilder.of(recorded, ethnicityColumn);
    BundledRecognition setup = recognition.recognition(recorded);
    builder.recognition(setup);
    builder.definition(Arguments.parse(() -> CompletenessDefinition.parse(definition)));
    Optional.ofNullable(unitColumn).ifPresent(builder::unitColumn);
    Optional.ofNullable(periodColumn).ifPresent(builder::periodColumn);
    if (dateFormat != null) {
      if (periodColumn == null) {
        throw new UsageException("--date-format needs --period-column, the column it reads");
      }
      try {
        builder.periodFormat(PeriodFormat.ofPattern(dateFormat));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--date-format: " + e.getMessage());
      }
    }
    Optional.ofNullable(descriptionColumn).ifPresent(builder::descriptionColumn);
    Optional.ofNullable(secondEthnicityColumn).ifPresent(builder::secondEthnicityColumn);
    if (broadGroups != null) {
      builder.broadGroups(Arguments.parse(() -> BroadGroupConvention.of(broadGroups.strip())));
    }
    Optional.ofNullable(referenceGroup).ifPresent(builder::referenceGroup);
    if (outcomeColumn != null) {
      OutcomeKind kind =
          Arguments.parse(
              () -> {
                switch (outcomeKind) {
                  case "adverse":
                    return OutcomeKind.ADVERSE_OUTCOME;
                  case "benefit":
                    return OutcomeKind.BENEFIT;
                  default:
                    throw new IllegalArgumentException(
                        "--outcome-kind must be adverse or benefit, got '" + outcomeKind + "'");
                }
              });
      builder.outcomeColumn(outcomeColumn, kind);
    }
    target().ifPresent(builder::target);
    population.chosen().ifPresent(p -> builder.population(p.population, p.area));
    builder.disclosure(DisclosureOption.parse(disclosure));
    builder.confidence(confidence.level());
    if (asOf != null) {
      builder.asOf(date(asOf, "--as-of"));
    }
    builder.version(Version.current());
    EqualityReport report = read(builder, setup.recogniser());
    write(output, report::writeHtml);
    if (json != null) {
      write(json, report::writeJson);
    }
    spec.commandLine().getOut().println("Report written to " + output.toAbsolutePath().normalize());
    if (json != null) {
      spec.commandLine()
          .getOut()
          .println("Figures written to " + json.toAbsolutePath().normalize());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private EqualityReport read(ReportBuilder builder, CrosswalkRecogniser recogniser) {
    if (!Extracts.isStandardInput(input) && !Files.exists(input)) {
      throw new InputException(input + ": file not found");
    }
    try (Progress progress = Progress.forFile(spec.commandLine().getErr(), Extracts.size(input));
        CsvReader csv =
            PatientSheet.isPatients(input)
                ? PatientSheet.open(input, progress, extract, recogniser)
                : Extracts.open(input, progress, extract)) {
      String name =
          Extracts.isStandardInput(input) ? Extracts.name(input) : input.getFileName().toString();
      if (Extracts.isPlainUtf8(input, extract)) {
        int[] columns = builder.columnsRead().stream().mapToInt(csv::column).toArray();
        Optional<EqualityReport> chunked = readChunked(builder, csv, columns, name, progress);
        if (chunked.isPresent()) {
          return chunked.get();
        }
      }
      return builder.build(csv, name, progress::row);
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /**
   * Reads the extract's records in chunks on several threads, counting its distinct records ({@link
   * DistinctRecords}), and returns the report; or empty when that fails in any way (a fault in the
   * file, a bad period or outcome, too many distinct records), for the record-by-record reading to
   * report the fault with its line or to read the file in bounded memory.
   */
  private Optional<EqualityReport> readChunked(
      ReportBuilder builder, CsvReader csv, int[] columns, String name, Progress progress) {
    try {
      return progress
          .whileReading(
              bytesRead ->
                  DistinctRecords.count(
                      input, csv.delimiter(), csv.header().size(), columns, bytesRead))
          .map(records -> builder.build(records, name));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Optional<Target> target() {
    if (target == null) {
      if (due != null || !milestones.isEmpty()) {
        throw new UsageException("--due and --milestone need --target");
      }
      return Optional.empty();
    }
    double threshold = Arguments.percentage("--target", target);
    if (due == null) {
      if (!milestones.isEmpty()) {
        throw new UsageException("--milestone needs --due, the date the target is due");
      }
      return Optional.of(Arguments.parse(() -> Target.of(threshold)));
    }
    List<Milestone> steps = new ArrayList<>();
    for (String milestone : milestones) {
      int colon = milestone.lastIndexOf(':');
      if (colon < 0) {
        throw new UsageException(
            "--milestone must be DATE:PERCENT, such as 2026-10-01:80, got '" + milestone + "'");
      }
      LocalDate date = date(milestone.substring(0, colon), "--milestone");
      double percent;
      try {
        percent = Double.parseDouble(milestone.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new UsageException(
            "--milestone must be DATE:PERCENT, such as 2026-10-01:80, got '" + milestone + "'");
      }
      steps.add(
          Arguments.parse(() -> Milestone.of(date, Arguments.percentage("--milestone", percent))));
    }
    LocalDate dueDate = date(due, "--due");
    return Optional.of(Arguments.parse(() -> Target.of(threshold, dueDate, steps)));
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " must be a date written yyyy-MM-dd, got '" + text + "'");
    }
  }

  /**
   * Writes to a temporary file beside the target and moves it into place, so that a failure leaves
   * nothing half-written.
   */
  static void write(Path file, Consumer<Writer> content) {
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
      Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".tmp");
      try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.accept(writer);
      } catch (RuntimeException e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
