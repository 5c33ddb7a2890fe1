package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.report.PeriodFormat;
import org.equalitymonitoring.resolution.InputOrder;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionPolicy;
import org.equalitymonitoring.resolution.ResolutionRule;
import org.equalitymonitoring.resolution.TiedRecord;
import org.equalitymonitoring.schemes.BundledPresets;
import org.equalitymonitoring.schemes.BundledRecognition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Chooses one ethnicity per person from a record-level extract with a {@link ResolutionPolicy}
 * preset, in one pass over records grouped by person, holding one person's records at a time.
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Choose one ethnicity per person from records of several sources and dates, by a published"
          + " method (--preset).",
      "Reads one record per row (person, source, date, code); writes one row per person, in the"
          + " order of the extract: code, label, status (RESOLVED, TIE or UNKNOWN), the rule that"
          + " decided, whether the person's known codes conflict and whether a tie was met.",
      "The sources the presets read: gp-journal (GP record), gp-patient (GP patient field), apc"
          + " (admitted patient care), ae (A&E), op (outpatients); case is ignored.",
      "Each person's rows must be together: sorted by person as text (--order sorted, checked on"
          + " every row) or grouped in any order (--order grouped)."
    })
final class ResolveCommand implements Callable<Integer> {
  /** The rules that say a tie was met, broken or not. */
  private static final Set<ResolutionRule> TIES =
      Set.of(
          ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY,
          ResolutionRule.TIE_BROKEN_BY_LATEST,
          ResolutionRule.TIE_BROKEN_LEXICALLY,
          ResolutionRule.TIE_UNRESOLVED);

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "the records: .csv, .csv.gz, .xlsx or - for standard input")
  Path input;

  @Option(
      names = "--person-column",
      required = true,
      paramLabel = "NAME",
      description = "the column holding the person's id (never written to standard error)")
  String personColumn;

  @Option(
      names = "--source-column",
      required = true,
      paramLabel = "NAME",
      description = "the column holding the source: gp-journal, gp-patient, apc, ae or op")
  String sourceColumn;

  @Option(
      names = "--date-column",
      paramLabel = "NAME",
      description =
          "the column holding the date of the record, yyyy-MM-dd; blank for an undated record"
              + " (default: every record is undated)")
  String dateColumn;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "how the date column writes dates besides yyyy-MM-dd: a java.time pattern such as"
              + " dd/MM/yyyy (UK dates)")
  String dateFormat;

  @Option(
      names = "--code-column",
      required = true,
      paramLabel = "NAME",
      description = "the column holding the recorded ethnicity, as a code, label or SNOMED CT code")
  String codeColumn;

  @Option(
      names = "--scheme",
      paramLabel = "ID|FILE",
      defaultValue = "nhs-ethnic-category-2001",
      description = "the scheme of the recorded values (default: ${DEFAULT-VALUE})")
  String scheme;

  @Mixin RecognitionOptions recognition;

  @Mixin ExtractOptions extract;

  @Option(
      names = "--preset",
      required = true,
      paramLabel = "NAME",
      completionCandidates = PresetNames.class,
      description = "the published method: ${COMPLETION-CANDIDATES}")
  String preset;

  @Option(
      names = "--order",
      defaultValue = "sorted",
      paramLabel = "sorted|grouped",
      description =
          "sorted: rows sorted by person as text, character by character (10 before 9), every"
              + " break found; grouped: each person's rows together in any order, a person whose"
              + " rows come back within 1,024 persons found (default: ${DEFAULT-VALUE})")
  String order;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "write the persons to this file instead of standard output")
  Path output;

  /** The preset names, for the help text. */
  static final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return BundledPresets.get().names().iterator();
    }
  }

  @Override
  public Integer call() {
    if (format == Format.text) {
      throw new UsageException("--format must be csv or json for resolve");
    }
    ResolutionPolicy policy = Arguments.parse(() -> BundledPresets.get().requirePreset(preset));
    InputOrder inputOrder = inputOrder();
    PeriodFormat dates = dates();
    Scheme recorded = Schemes.resolve(scheme);
    BundledRecognition setup = recognition.recognition(recorded);
    if (!Extracts.isStandardInput(input) && !Files.exists(input)) {
      throw new InputException(input + ": file not found");
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("Preset: " + policy.name());
    err.println("Recognition: " + setup.description());
    err.flush();
    if (output == null) {
      write(spec.commandLine().getOut(), policy, inputOrder, dates, recorded, setup);
    } else {
      ReportCommand.write(
          output, writer -> write(writer, policy, inputOrder, dates, recorded, setup));
      spec.commandLine()
          .getOut()
          .println("Persons written to " + output.toAbsolutePath().normalize());
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private PeriodFormat dates() {
    if (dateFormat == null) {
      return PeriodFormat.iso();
    }
    if (dateColumn == null) {
      throw new UsageException("--date-format needs --date-column, the column it reads");
    }
    try {
      return PeriodFormat.ofPattern(dateFormat);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--date-format: " + e.getMessage());
    }
  }

  private InputOrder inputOrder() {
    switch (order) {
      case "sorted":
        return InputOrder.SORTED_BY_PERSON_KEY;
      case "grouped":
        return InputOrder.GROUPED_BY_PERSON_KEY;
      default:
        throw new UsageException(
            "--order must be sorted or grouped, got " + CsvFormatException.quote(order));
    }
  }

  /** Reads the extract in one pass and writes a row per person. */
  private void write(
      Writer writer,
      ResolutionPolicy policy,
      InputOrder inputOrder,
      PeriodFormat dates,
      Scheme recorded,
      BundledRecognition setup) {
    PrintWriter out =
        writer instanceof PrintWriter ? (PrintWriter) writer : new PrintWriter(writer);
    ResolveInput records;
    try (Progress progress = Progress.forFile(spec.commandLine().getErr(), Extracts.size(input));
        CsvReader csv = Extracts.open(input, progress, extract);
        Rows rows =
            format == Format.json
                ? new JsonRows(out, policy.name(), setup.description())
                : new CsvRows(out)) {
      records =
          new ResolveInput(
              csv,
              progress,
              setup.recogniser(),
              dates,
              policy.sources(),
              translatedSources(policy),
              personColumn,
              sourceColumn,
              codeColumn,
              Optional.ofNullable(dateColumn));
      Iterator<Resolution> persons = policy.resolveEach(records, inputOrder);
      while (persons.hasNext()) {
        Resolution person = next(persons, csv, inputOrder);
        rows.write(
            person, person.code().flatMap(recorded::category).map(Category::label).orElse(""));
      }
      if (records.records() == 0) {
        throw new InputException(csv.source() + ": the file has a header but no records");
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
    if (records.unread() > 0) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "warning: %,d of %,d records come from sources that %s does not read; it reads %s%n",
          records.unread(),
          records.records(),
          policy.name(),
          String.join(", ", policy.sources().orElseThrow()));
      err.flush();
    }
  }

  /**
   * Returns the next person. A record that breaks the order of {@code --order} (the resolution's
   * IllegalArgumentException, thrown when it reads that record) becomes an error at its line, which
   * the reader is on, without the person's id.
   */
  private static Resolution next(
      Iterator<Resolution> persons, CsvReader csv, InputOrder inputOrder) {
    try {
      return persons.next();
    } catch (CsvFormatException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new CsvFormatException(
          csv.source(),
          csv.line(),
          inputOrder == InputOrder.SORTED_BY_PERSON_KEY
              ? "this row's person sorts before the previous row's (ids not shown); --order"
                  + " sorted needs the rows sorted by the person column as text, character by"
                  + " character (10 before 9): sort them so, or give --order grouped if each"
                  + " person's rows are together in another order"
              : "this row's person had rows that ended earlier (ids not shown); --order grouped"
                  + " needs each person's rows together: sort the rows by the person column");
    }
  }

  /** The status of a person: RESOLVED with a code, TIE or UNKNOWN without. */
  private static String status(Resolution person) {
    if (person.code().isPresent()) {
      return "RESOLVED";
    }
    return person.rule() == ResolutionRule.TIE_UNRESOLVED ? "TIE" : "UNKNOWN";
  }

  /** Whether the deciding rule, or the rule under it, met a tie. */
  private static boolean tie(Resolution person) {
    return TIES.contains(person.rule())
        || person.underlyingRule().map(TIES::contains).orElse(false);
  }

  /** The records still tied, as {@code source:code} separated by spaces. */
  private static String tied(Resolution person) {
    StringBuilder tied = new StringBuilder();
    for (TiedRecord record : person.tiedRecords()) {
      if (tied.length() > 0) {
        tied.append(' ');
      }
      tied.append(record.source()).append(':').append(record.code());
    }
    return tied.toString();
  }

  private interface Rows extends AutoCloseable {
    void write(Resolution person, String label) throws IOException;

    @Override
    void close() throws IOException;
  }

  private static final class CsvRows implements Rows {
    private final PrintWriter out;

    CsvRows(PrintWriter out) {
      this.out = out;
      out.println(
          "person,code,label,status,rule,underlying_rule,conflict,tie,tied,tie_across_broad_groups,"
              + "known_codes,records_considered");
    }

    @Override
    public void write(Resolution person, String label) {
      StringBuilder line = new StringBuilder();
      Csv.append(line, person.personKey()).append(',');
      Csv.append(line, person.code().orElse("")).append(',');
      Csv.append(line, label).append(',');
      line.append(status(person))
          .append(',')
          .append(person.rule())
          .append(',')
          .append(person.underlyingRule().map(ResolutionRule::name).orElse(""))
          .append(',')
          .append(person.hasConflict())
          .append(',')
          .append(tie(person))
          .append(',');
      Csv.append(line, tied(person)).append(',');
      line.append(person.tiedAtBroadGroup()).append(',');
      Csv.append(line, String.join(" ", person.knownCodes())).append(',');
      line.append(person.recordsConsidered());
      out.println(line);
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  private static final class JsonRows implements Rows {
    private final JsonGenerator json;

    JsonRows(PrintWriter out, String preset, String recognition) throws IOException {
      this.json = JsonOutput.generator(out);
      json.writeStartObject();
      json.writeStringField("preset", preset);
      json.writeStringField("recognition", recognition);
      json.writeArrayFieldStart("persons");
    }

    @Override
    public void write(Resolution person, String label) throws IOException {
      json.writeStartObject();
      json.writeStringField("person", person.personKey());
      json.writeStringField("code", person.code().orElse(null));
      json.writeStringField("label", label.isEmpty() ? null : label);
      json.writeStringField("status", status(person));
      json.writeStringField("rule", person.rule().name());
      json.writeStringField(
          "underlyingRule", person.underlyingRule().map(ResolutionRule::name).orElse(null));
      json.writeBooleanField("conflict", person.hasConflict());
      json.writeBooleanField("tie", tie(person));
      json.writeArrayFieldStart("tied");
      for (TiedRecord record : person.tiedRecords()) {
        json.writeStartObject();
        json.writeStringField("source", record.source());
        json.writeStringField("code", record.code());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeBooleanField("tieAcrossBroadGroups", person.tiedAtBroadGroup());
      json.writeArrayFieldStart("knownCodes");
      for (String code : person.knownCodes()) {
        json.writeString(code);
      }
      json.writeEndArray();
      json.writeNumberField("recordsConsidered", person.recordsConsidered());
      json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
      json.close();
    }
  }

  /** The sources whose codes the policy, or a policy it falls back on, translates itself. */
  private static Set<String> translatedSources(ResolutionPolicy policy) {
    Set<String> sources = new HashSet<>(policy.crosswalkIdBySource().keySet());
    policy.primary().ifPresent(primary -> sources.addAll(translatedSources(primary)));
    policy.fallback().ifPresent(fallback -> sources.addAll(translatedSources(fallback)));
    return sources;
  }
}
