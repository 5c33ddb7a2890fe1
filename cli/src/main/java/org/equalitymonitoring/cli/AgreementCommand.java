package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.equalitymonitoring.agreement.AgreementTally;
import org.equalitymonitoring.agreement.Kappa;
import org.equalitymonitoring.agreement.PublishedAgreement;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.SuppressionReason;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.PublishedAgreementJson;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.stats.Estimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares two columns that record the ethnicity of the same people, such as the GP and the
 * hospital record, in one streaming pass: memory grows with the categories, never with people.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two sources of ethnicity for the same people, one row per person: the agreement"
          + " matrix, each category's share that the second source puts in the same category"
          + " (Wilson intervals) and Cohen's kappa with its large-sample interval (Fleiss, Cohen"
          + " and Everitt 1969).",
      "Both columns are recognised in --scheme; a person is compared when both values are"
          + " categories of it. The first column is the reference of the per-category shares;"
          + " the matrix's last column holds the people with a category in the first column and"
          + " no usable value in the second, so that its row totals are each category's people.",
      "With --second-input, the second column is read from another file (such as a reference"
          + " extract) and joined to --input by --id-column; a person missing from the second file"
          + " has no usable second value. The second file is held in memory, one code per person."
    })
final class AgreementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "one row per person: .csv, .csv.gz, .xlsx or - for standard input")
  Path input;

  @Option(
      names = "--left-column",
      required = true,
      paramLabel = "NAME",
      description = "the first source's ethnicity, such as the GP record (the reference)")
  String leftColumn;

  @Option(
      names = "--right-column",
      required = true,
      paramLabel = "NAME",
      description = "the second source's ethnicity, such as the hospital record")
  String rightColumn;

  @Option(
      names = "--second-input",
      paramLabel = "FILE",
      description = "the file holding --right-column, joined to --input by --id-column")
  Path secondInput;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description = "the person identifier, in both files (with --second-input)")
  String idColumn;

  @Option(
      names = "--scheme",
      paramLabel = "ID|FILE",
      defaultValue = "nhs-ethnic-category-2001",
      description = "the scheme of both columns (default: ${DEFAULT-VALUE})")
  String scheme;

  @Mixin RecognitionOptions recognition;

  @Mixin ExtractOptions extract;

  @Mixin ConfidenceOption confidence;

  @Mixin DisclosureOption disclosure;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    if (format == Format.csv) {
      throw new UsageException("--format must be text or json for agreement");
    }
    Scheme recorded = Schemes.resolve(scheme);
    CrosswalkRecogniser recogniser = recognition.recognition(recorded).recogniser();
    var level = confidence.level();
    var policy = disclosure.policy();
    if (!Extracts.isStandardInput(input) && !Files.exists(input)) {
      throw new InputException(input + ": file not found");
    }
    if ((secondInput == null) != (idColumn == null)) {
      throw new UsageException("--second-input and --id-column go together");
    }
    Optional<Map<String, String>> secondById =
        secondInput == null ? Optional.empty() : Optional.of(secondById(recogniser));
    AgreementTally tally = AgreementTally.create();
    long people = 0;
    long withFirst = 0;
    long compared = 0;
    try (Progress progress = Progress.forFile(spec.commandLine().getErr(), Extracts.size(input));
        CsvReader csv = Extracts.open(input, progress, extract)) {
      int left = csv.column(leftColumn);
      int right = secondById.isPresent() ? csv.column(idColumn) : csv.column(rightColumn);
      while (csv.next()) {
        people++;
        Optional<Category> first = recogniser.recognise(csv.get(left)).category();
        Optional<String> second =
            secondById.isPresent()
                ? Optional.ofNullable(secondById.get().get(csv.get(right).strip()))
                    .filter(code -> !code.isEmpty())
                : recogniser.recognise(csv.get(right)).category().map(Category::code);
        if (first.isPresent()) {
          withFirst++;
          if (second.isPresent()) {
            tally.add(first.get().code(), second.get());
            compared++;
          } else {
            tally.addFirstOnly(first.get().code());
          }
        }
        progress.row();
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    if (compared == 0) {
      throw new InputException(
          Extracts.name(input)
              + ": no row has a category of "
              + recorded.id()
              + " in both columns, so there is nothing to compare");
    }
    List<String> order = new ArrayList<>();
    recorded.categories().forEach(category -> order.add(category.code()));
    PublishedAgreement published = tally.result(order, level).disclose(policy);
    PrintWriter out = spec.commandLine().getOut();
    String notCompared = notCompared(people - withFirst, published, policy).display();
    if (format == Format.json) {
      json(out, published, recorded, policy.id(), notCompared);
    } else {
      text(out, published, recorded, notCompared);
    }
    out.flush();
    return 0;
  }

  /**
   * Returns the published count of people with no category in the first column. With the number of
   * rows of the extract, which its holder knows, it gives the matrix's total, so it is withheld
   * when that total is.
   */
  private static PublishedCell notCompared(
      long count, PublishedAgreement published, DisclosurePolicy policy) {
    PublishedCell total = published.matrix().grandTotal();
    PublishedCell cell = policy.applyToCount(count);
    return total.isSuppressed() && !cell.isSuppressed()
        ? PublishedCell.suppressed(SuppressionReason.SECONDARY, total.display())
        : cell;
  }

  /**
   * Reads the second file: each person's category code, or "" when their value is not a category.
   * An identifier twice is an error, since one person cannot be compared twice.
   */
  private Map<String, String> secondById(CrosswalkRecogniser recogniser) {
    if (!Extracts.isStandardInput(secondInput) && !Files.exists(secondInput)) {
      throw new InputException(secondInput + ": file not found");
    }
    Map<String, String> codes = new HashMap<>();
    try (Progress progress =
            Progress.forFile(spec.commandLine().getErr(), Extracts.size(secondInput));
        CsvReader csv = Extracts.open(secondInput, progress, extract)) {
      int id = csv.column(idColumn);
      int value = csv.column(rightColumn);
      while (csv.next()) {
        String code =
            recogniser.recognise(csv.get(value)).category().map(Category::code).orElse("");
        if (codes.putIfAbsent(csv.get(id).strip(), code) != null) {
          // the identifier itself is not quoted: it identifies a person
          throw new InputException(
              Extracts.name(secondInput)
                  + ": line "
                  + csv.line()
                  + ": a person's identifier appears a second time");
        }
        progress.row();
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    return codes;
  }

  /** Returns a code with its label. */
  private static String label(Scheme scheme, String code) {
    return scheme.category(code).map(c -> c.code() + " " + c.label()).orElse(code);
  }

  private static String share(Optional<Estimate> share) {
    return share
        .map(
            s ->
                String.format(
                    Locale.ROOT,
                    "%.1f%% (%.1f%% to %.1f%%)",
                    100 * s.value(),
                    100 * s.lower(),
                    100 * s.upper()))
        .orElse("–");
  }

  private static void text(
      PrintWriter out, PublishedAgreement published, Scheme scheme, String notCompared) {
    DisclosedTable matrix = published.matrix();
    List<String> categories = published.categories();
    out.println("Agreement matrix (rows: first column; columns: second column)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s", ""));
    categories.forEach(c -> header.append(String.format(Locale.ROOT, "%8s", c)));
    header.append(String.format(Locale.ROOT, "%8s", "None"));
    out.println(header.append(String.format(Locale.ROOT, "%8s", "Total")));
    for (int i = 0; i < categories.size(); i++) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", categories.get(i)));
      for (int j = 0; j < matrix.columnCount(); j++) {
        line.append(String.format(Locale.ROOT, "%8s", matrix.cell(i, j).display()));
      }
      out.println(line.append(String.format(Locale.ROOT, "%8s", matrix.rowTotal(i).display())));
    }
    StringBuilder totals = new StringBuilder(String.format(Locale.ROOT, "%-8s", "Total"));
    for (int j = 0; j < matrix.columnCount(); j++) {
      totals.append(String.format(Locale.ROOT, "%8s", matrix.columnTotal(j).display()));
    }
    out.println(totals.append(String.format(Locale.ROOT, "%8s", matrix.grandTotal().display())));
    out.println();
    out.println("Share of each category's people that the second column puts there too:");
    for (int i = 0; i < categories.size(); i++) {
      out.println(
          "  " + label(scheme, categories.get(i)) + ": " + share(published.shares().get(i)));
    }
    out.println("Observed agreement: " + share(published.observed()));
    out.println(
        "Cohen's kappa: "
            + published
                .kappa()
                .map(Kappa::summary)
                .orElse("not published (a cell is suppressed, or kappa is undefined)"));
    out.println("None: no usable value in the second column (blank, unrecognised or no category).");
    out.println("People with no category in the first column: " + notCompared);
  }

  private static void json(
      Writer writer,
      PublishedAgreement published,
      Scheme scheme,
      String policy,
      String notCompared) {
    try (JsonGenerator json = JsonOutput.generator(writer)) {
      DisclosedTable matrix = published.matrix();
      List<String> categories = published.categories();
      json.writeStartObject();
      json.writeStringField("scheme", scheme.id());
      json.writeStringField("disclosure", policy);
      json.writeArrayFieldStart("categories");
      for (int i = 0; i < categories.size(); i++) {
        json.writeStartObject();
        json.writeStringField("code", categories.get(i));
        cell(json, "first", matrix.rowTotal(i));
        cell(json, "second", matrix.columnTotal(i));
        cell(json, "both", matrix.cell(i, i));
        cell(json, "noSecond", matrix.cell(i, categories.size()));
        estimate(json, "share", published.shares().get(i));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("matrix");
      for (int i = 0; i < categories.size(); i++) {
        json.writeStartArray();
        for (int j = 0; j < matrix.columnCount(); j++) {
          PublishedCell cell = matrix.cell(i, j);
          if (cell.value().isPresent()) {
            json.writeNumber(cell.value().getAsLong());
          } else {
            json.writeNull();
          }
        }
        json.writeEndArray();
      }
      json.writeEndArray();
      cell(json, "people", matrix.grandTotal());
      PublishedAgreementJson.writeFields(published, json);
      json.writeStringField("notCompared", notCompared);
      estimate(json, "observed", published.observed());
      json.writeEndObject();
      json.flush();
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void cell(JsonGenerator json, String name, PublishedCell cell) throws IOException {
    if (cell.value().isPresent()) {
      json.writeNumberField(name, cell.value().getAsLong());
    } else {
      json.writeNullField(name);
    }
  }

  private static void estimate(JsonGenerator json, String name, Optional<Estimate> estimate)
      throws IOException {
    if (estimate.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    json.writeNumberField("value", estimate.get().value());
    json.writeNumberField("lower", estimate.get().lower());
    json.writeNumberField("upper", estimate.get().upper());
    json.writeEndObject();
  }
}
