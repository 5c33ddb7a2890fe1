package org.equalitymonitoring.population;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.equalitymonitoring.coding.Scheme;

/**
 * Reads a reference population from CSV with the header {@code category,area,age_band,sex,count}.
 *
 * <p>The columns may come in any order; {@code age_band} and {@code sex} are optional (leave a
 * column out when the table is not by age or by sex), the others are required. Column names ignore
 * case and surrounding spaces. Fields may be quoted as RFC 4180 (a quoted field may hold commas,
 * doubled quotes and line breaks); every value is stripped of surrounding white space. The file is
 * UTF-8, with or without a byte-order mark, with LF or CRLF line ends. Blank lines are skipped.
 *
 * <p>A file that does not follow these rules is rejected with a {@link PopulationFormatException}
 * that names the file and lists every problem with its line: a missing, unknown or repeated column,
 * a row with more or fewer fields than the header, an empty value, a count that is not a whole
 * number or is negative, a cell (category, area, age band, sex) given twice, and, when a scheme is
 * given, a category code that is not in it. Thread-safe: the class has no state.
 */
public final class PopulationCsv {
  /** The column of category codes. */
  public static final String CATEGORY = "category";

  /** The column of area names. */
  public static final String AREA = "area";

  /** The optional column of age-band labels. */
  public static final String AGE_BAND = "age_band";

  /** The optional column of sex labels. */
  public static final String SEX = "sex";

  /** The column of counts (whole numbers, at least 0). */
  public static final String COUNT = "count";

  private static final List<String> COLUMNS = List.of(CATEGORY, AREA, AGE_BAND, SEX, COUNT);
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

  private PopulationCsv() {}

  /**
   * Reads a population file.
   *
   * @param file a CSV file as described above
   * @param info the population's provenance
   * @return the population
   * @throws PopulationFormatException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReferencePopulation read(Path file, PopulationInfo info) {
    return read(readText(file), file.toString(), info, Optional.empty());
  }

  /**
   * Reads a population file and checks every category code against a scheme.
   *
   * @param file a CSV file as described above
   * @param info the population's provenance; its scheme id must be {@code scheme}'s id
   * @param scheme the scheme the category codes must belong to (headings are allowed)
   * @return the population
   * @throws IllegalArgumentException if the info names another scheme
   * @throws PopulationFormatException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReferencePopulation read(Path file, PopulationInfo info, Scheme scheme) {
    return read(readText(file), file.toString(), info, Optional.of(scheme));
  }

  /**
   * Reads population CSV from a reader, which is read to its end but not closed.
   *
   * @param reader the CSV text
   * @param fileName the name to quote in problems, such as a file or resource name
   * @param info the population's provenance
   * @return the population
   * @throws PopulationFormatException listing every problem with its line
   * @throws UncheckedIOException if the reader fails
   */
  public static ReferencePopulation read(Reader reader, String fileName, PopulationInfo info) {
    return read(readText(reader), fileName, info, Optional.empty());
  }

  /**
   * Reads population CSV from a reader, which is read to its end but not closed, and checks every
   * category code against a scheme.
   *
   * @param reader the CSV text
   * @param fileName the name to quote in problems, such as a file or resource name
   * @param info the population's provenance; its scheme id must be {@code scheme}'s id
   * @param scheme the scheme the category codes must belong to (headings are allowed)
   * @return the population
   * @throws IllegalArgumentException if the info names another scheme
   * @throws PopulationFormatException listing every problem with its line
   * @throws UncheckedIOException if the reader fails
   */
  public static ReferencePopulation read(
      Reader reader, String fileName, PopulationInfo info, Scheme scheme) {
    return read(readText(reader), fileName, info, Optional.of(scheme));
  }

  private static String readText(Path file) {
    requireNonNull(file, "file");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read population file " + file, e);
    }
  }

  private static String readText(Reader reader) {
    requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static ReferencePopulation read(
      String text, String fileName, PopulationInfo info, Optional<Scheme> scheme) {
    requireNonNull(fileName, "fileName");
    requireNonNull(info, "info");
    scheme.ifPresent(
        s -> {
          if (!s.id().equals(info.schemeId())) {
            throw new IllegalArgumentException(
                "population '"
                    + info.id()
                    + "' names scheme '"
                    + info.schemeId()
                    + "' but was given scheme '"
                    + s.id()
                    + "'");
          }
        });
    List<String> problems = new ArrayList<>();
    List<Record> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    if (!problems.isEmpty()) {
      throw new PopulationFormatException(fileName, problems);
    }
    if (records.isEmpty()) {
      throw new PopulationFormatException(
          fileName, List.of("line 1: no header; expected " + String.join(",", COLUMNS)));
    }
    Map<String, Integer> columns = columns(records.get(0), problems);
    if (!problems.isEmpty()) {
      throw new PopulationFormatException(fileName, problems);
    }
    int width = records.get(0).fields.size();
    ReferencePopulation.Builder builder = ReferencePopulation.builder(info);
    Map<PopulationCell.CellKey, Integer> firstLine = new HashMap<>();
    int dataRows = 0;
    for (Record record : records.subList(1, records.size())) {
      if (record.isBlank()) {
        continue;
      }
      dataRows++;
      String where = "line " + record.line + ": ";
      if (record.fields.size() != width) {
        problems.add(
            where
                + record.fields.size()
                + (record.fields.size() == 1 ? " field" : " fields")
                + " but the header has "
                + width);
        continue;
      }
      int before = problems.size();
      String category = required(record, columns, CATEGORY, where, problems);
      String area = required(record, columns, AREA, where, problems);
      Optional<String> ageBand = optional(record, columns, AGE_BAND, where, problems);
      Optional<String> sex = optional(record, columns, SEX, where, problems);
      Optional<Long> count = count(record.fields.get(columns.get(COUNT)), where, problems);
      if (scheme.isPresent() && !category.isEmpty() && !scheme.get().contains(category)) {
        problems.add(
            where
                + "category '"
                + category
                + "' is not a code of scheme '"
                + info.schemeId()
                + "'");
      }
      if (problems.size() > before) {
        continue;
      }
      PopulationCell cell = PopulationCell.of(category, area, ageBand, sex, count.orElseThrow());
      Integer earlier = firstLine.putIfAbsent(cell.key(), record.line);
      if (earlier != null) {
        problems.add(where + "duplicate cell (" + cell.key() + "), first on line " + earlier);
        continue;
      }
      builder.add(cell);
    }
    if (dataRows == 0) {
      problems.add("line 2: no rows after the header");
    }
    if (!problems.isEmpty()) {
      throw new PopulationFormatException(fileName, problems);
    }
    return builder.build();
  }

  private static Map<String, Integer> columns(Record header, List<String> problems) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.fields.size(); i++) {
      String name = header.fields.get(i).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        problems.add(
            "line "
                + header.line
                + ": unknown column '"
                + header.fields.get(i)
                + "'; expected "
                + String.join(", ", COLUMNS));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add("line " + header.line + ": column '" + name + "' appears twice");
      }
    }
    for (String required : List.of(CATEGORY, AREA, COUNT)) {
      if (!columns.containsKey(required)) {
        problems.add(
            "line "
                + header.line
                + ": missing column '"
                + required
                + "'; the header needs category, area and count, and may have age_band and sex");
      }
    }
    return columns;
  }

  private static String required(
      Record record,
      Map<String, Integer> columns,
      String column,
      String where,
      List<String> problems) {
    String value = record.fields.get(columns.get(column));
    if (value.isEmpty()) {
      problems.add(where + "empty " + column);
    }
    return value;
  }

  private static Optional<String> optional(
      Record record,
      Map<String, Integer> columns,
      String column,
      String where,
      List<String> problems) {
    if (!columns.containsKey(column)) {
      return Optional.empty();
    }
    String value = record.fields.get(columns.get(column));
    if (value.isEmpty()) {
      problems.add(
          where + "empty " + column + " (the column is present, so every row needs a value)");
    }
    return Optional.of(value);
  }

  private static Optional<Long> count(String value, String where, List<String> problems) {
    if (!WHOLE_NUMBER.matcher(value).matches()) {
      problems.add(where + "count '" + value + "' is not a whole number");
      return Optional.empty();
    }
    if (value.startsWith("-")) {
      problems.add(where + "count '" + value + "' is negative");
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      problems.add(where + "count '" + value + "' is too large");
      return Optional.empty();
    }
  }

  /** One CSV record with the line it starts on. */
  private static final class Record {
    final int line;
    final List<String> fields;

    Record(int line, List<String> fields) {
      this.line = line;
      this.fields = fields;
    }

    boolean isBlank() {
      return fields.size() == 1 && fields.get(0).isEmpty();
    }
  }

  /** Splits RFC 4180 text into records; reports quoting errors with their line. */
  private static List<Record> parse(String text, List<String> problems) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean broken = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString().strip());
        field.setLength(0);
        if (!broken) {
          records.add(new Record(recordLine, fields));
        }
        fields = new ArrayList<>();
        afterQuote = false;
        broken = false;
        line++;
        recordLine = line;
      } else if (afterQuote) {
        if (!Character.isWhitespace(c) && !broken) {
          problems.add("line " + line + ": text after the closing quote of a field");
          broken = true;
        }
      } else if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        quoteLine = line;
        field.setLength(0);
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      problems.add("line " + quoteLine + ": a quoted field is not closed");
    } else if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString().strip());
      if (!broken) {
        records.add(new Record(recordLine, fields));
      }
    }
    return records;
  }
}
