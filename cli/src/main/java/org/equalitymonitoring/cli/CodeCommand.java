package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.Utf8Reader;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.UnknownIdException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Recognises raw values, one per line, and optionally translates them into another scheme. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = {
      "Recognise raw recorded values, one per line, against a scheme; with --to, translate them.",
      "Writes one row per input row, in order (a one-to-many translation gives one row per target)."
    })
final class CodeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scheme",
      required = true,
      paramLabel = "ID|FILE",
      description =
          "the scheme of the raw values: a bundled id, a local scheme JSON file, or a FHIR"
              + " CodeSystem or ValueSet of local codes")
  String scheme;

  @Option(names = "--to", paramLabel = "ID", description = "translate into this scheme")
  String to;

  /** Also chooses, with --to, the crosswalk to translate through when several lead there. */
  @Mixin RecognitionOptions recognition;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description = "read values from this UTF-8 file instead of standard input")
  Path input;

  @Option(
      names = "--format",
      defaultValue = "csv",
      description = "csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (format == Format.text) {
      throw new UsageException("--format must be csv or json for code");
    }
    Scheme source = Schemes.resolve(scheme);
    Optional<Translator> translator =
        to == null ? Optional.empty() : Optional.of(translator(source));
    BundledRecognition setup =
        recognition.recognition(
            source, crosswalk -> translator.map(t -> t.crosswalk == crosswalk).orElse(false));
    CrosswalkRecogniser recogniser = setup.recogniser();
    spec.commandLine().getErr().println("Recognition: " + setup.description());
    spec.commandLine().getErr().flush();
    PrintWriter out = spec.commandLine().getOut();
    try (BufferedReader reader = open();
        RowWriter writer =
            format == Format.json ? new JsonRows(out) : new CsvRows(out, translator.isPresent())) {
      String line;
      int lineNumber = 0;
      while ((line = readLine(reader, lineNumber + 1)) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        Recognition recognition = recogniser.recognise(line);
        if (translator.isEmpty()) {
          writer.write(line, recognition, null, null);
          continue;
        }
        List<CrosswalkRow> rows = translator.get().rows(recognition);
        if (rows.isEmpty()) {
          writer.write(line, recognition, null, translator.get().target);
        }
        for (CrosswalkRow row : rows) {
          writer.write(line, recognition, row, translator.get().target);
        }
      }
    }
    out.flush();
    return 0;
  }

  private BufferedReader open() throws IOException {
    InputStream in;
    if (input == null) {
      in = System.in;
    } else {
      try {
        in = Files.newInputStream(input);
      } catch (NoSuchFileException e) {
        throw new InputException("input file not found: " + input);
      }
    }
    return new BufferedReader(Utf8Reader.of(in));
  }

  /**
   * Reads a line ended by LF, CRLF, CR or the end of the input, as {@link BufferedReader#readLine}
   * does, but at most {@link CsvReader#MAX_FIELD} characters long.
   */
  private String readLine(BufferedReader reader, int lineNumber) {
    StringBuilder line = new StringBuilder();
    try {
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      while (c >= 0 && c != '\n' && c != '\r') {
        if (line.length() == CsvReader.MAX_FIELD) {
          throw new InputException(
              String.format(
                  Locale.ROOT,
                  "%s: line %d: a line is longer than %,d characters",
                  inputName(),
                  lineNumber,
                  CsvReader.MAX_FIELD));
        }
        line.append((char) c);
        c = reader.read();
      }
      if (c == '\r') {
        reader.mark(1);
        if (reader.read() != '\n') {
          reader.reset();
        }
      }
      return line.toString();
    } catch (CharacterCodingException e) {
      throw new InputException(inputName() + ": line " + lineNumber + ": not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String inputName() {
    return input == null ? "standard input" : input.toString();
  }

  private Translator translator(Scheme source) {
    BundledSchemes bundled = BundledSchemes.get();
    Scheme target;
    try {
      target = bundled.requireScheme(to);
    } catch (UnknownIdException e) {
      throw new UsageException(e.getMessage());
    }
    // A local sub-classification translates through the crosswalks of the scheme it extends.
    Scheme from = source.base().orElse(source);
    Crosswalk crosswalk;
    List<Crosswalk> named =
        recognition.named().stream()
            .filter(c -> c.info().sourceSchemeId().equals(from.id()))
            .filter(c -> c.info().targetSchemeId().equals(target.id()))
            .toList();
    if (named.size() > 1) {
      throw new UsageException(
          "--via names several crosswalks from '"
              + from.id()
              + "' to '"
              + target.id()
              + "'; name one");
    }
    if (named.size() == 1) {
      crosswalk = named.get(0);
    } else {
      List<Crosswalk> candidates = bundled.crosswalks(from.id(), target.id());
      if (candidates.isEmpty()) {
        throw new UsageException(
            "no bundled crosswalk from '" + from.id() + "' to '" + target.id() + "'");
      }
      if (candidates.size() > 1) {
        throw new UsageException(
            "several crosswalks lead from '"
                + from.id()
                + "' to '"
                + target.id()
                + "' and published sources disagree; choose one with --via: "
                + candidates.stream().map(Crosswalk::id).collect(Collectors.joining(", ")));
      }
      crosswalk = candidates.get(0);
    }
    return new Translator(source, crosswalk, target);
  }

  /** Translates a recognised category, rolling a local code up to its base scheme first. */
  private static final class Translator {
    final Scheme source;
    final Crosswalk crosswalk;
    final Scheme target;

    Translator(Scheme source, Crosswalk crosswalk, Scheme target) {
      this.source = source;
      this.crosswalk = crosswalk;
      this.target = target;
    }

    List<CrosswalkRow> rows(Recognition recognition) {
      if (recognition.category().isEmpty()) {
        return List.of();
      }
      Category category = source.rollUpToBase(recognition.category().get());
      return crosswalk.translate(category.code()).rows();
    }
  }

  private interface RowWriter extends AutoCloseable {
    void write(String input, Recognition recognition, CrosswalkRow row, Scheme target)
        throws IOException;

    @Override
    void close() throws IOException;
  }

  private static final class CsvRows implements RowWriter {
    private final PrintWriter out;

    CsvRows(PrintWriter out, boolean translating) {
      this.out = out;
      out.print("input,code,label,status,rule");
      out.println(translating ? ",target_code,target_label,equivalence" : "");
    }

    @Override
    public void write(String input, Recognition recognition, CrosswalkRow row, Scheme target) {
      StringBuilder line = new StringBuilder();
      Csv.append(line, input).append(',');
      Csv.append(line, recognition.code().orElse("")).append(',');
      Csv.append(line, recognition.category().map(Category::label).orElse("")).append(',');
      line.append(recognition.status()).append(',').append(recognition.rule());
      if (target != null) {
        String targetCode = row == null ? "" : row.targetCode().orElse("");
        line.append(',');
        Csv.append(line, targetCode).append(',');
        Csv.append(
                line,
                targetCode.isEmpty()
                    ? ""
                    : target.category(targetCode).map(Category::label).orElse(""))
            .append(',');
        line.append(row == null ? "" : row.equivalence().name());
      }
      out.println(line);
    }

    @Override
    public void close() {
      out.flush();
    }
  }

  private static final class JsonRows implements RowWriter {
    private final JsonGenerator json;

    JsonRows(PrintWriter out) throws IOException {
      this.json = JsonOutput.generator(out);
      json.writeStartArray();
    }

    @Override
    public void write(String input, Recognition recognition, CrosswalkRow row, Scheme target)
        throws IOException {
      json.writeStartObject();
      json.writeStringField("input", input);
      json.writeStringField("code", recognition.code().orElse(null));
      json.writeStringField("label", recognition.category().map(Category::label).orElse(null));
      json.writeStringField("status", recognition.status().name());
      json.writeStringField("rule", recognition.rule().name());
      if (target != null) {
        String targetCode = row == null ? null : row.targetCode().orElse(null);
        json.writeStringField("targetCode", targetCode);
        json.writeStringField(
            "targetLabel",
            targetCode == null
                ? null
                : target.category(targetCode).map(Category::label).orElse(null));
        json.writeStringField("equivalence", row == null ? null : row.equivalence().name());
      }
      json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
      json.writeEndArray();
      json.writeRaw('\n');
      json.close();
    }
  }
}
