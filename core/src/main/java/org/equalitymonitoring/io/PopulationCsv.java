package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;
import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.population.PopulationCell;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;

/**
 * Reads a reference population from CSV with the header {@code category,area,age_band,sex,count}.
 *
 * <p>The columns may come in any order; {@code age_band} and {@code sex} are optional (leave a
 * column out when the table is not by age or by sex), the others are required. Column names ignore
 * case and surrounding spaces. The file is read with {@link CsvReader}, so fields may be quoted as
 * RFC 4180 (a quoted field may hold commas, doubled quotes and line breaks); every value is
 * stripped of surrounding white space. The file is UTF-8, with or without a byte-order mark, with
 * LF or CRLF line ends. Empty lines are skipped.
 *
 * <p>A file that does not follow these rules is rejected with a {@link PopulationFormatException}
 * that names the file and lists every problem with its line: a missing, unknown or repeated column,
 * a row with more or fewer fields than the header, text after the closing quote of a field, an
 * empty value, a count that is not a whole number or is negative, a cell (category, area, age band,
 * sex) given twice, and, when a scheme is given, a category code that is not in it. An unclosed
 * quote or bytes that are not UTF-8 end the reading; the problems before them are listed too.
 * Thread-safe: the class has no state.
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
    return read(file, info, Optional.empty());
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
    return read(file, info, Optional.of(requireNonNull(scheme, "scheme")));
  }

  /**
   * Reads population CSV from a reader, which is read to its end (or to a problem that ends the
   * reading) but not closed.
   *
   * @param reader the CSV text
   * @param fileName the name to quote in problems, such as a file or resource name
   * @param info the population's provenance
   * @return the population
   * @throws PopulationFormatException listing every problem with its line
   * @throws UncheckedIOException if the reader fails
   */
  public static ReferencePopulation read(Reader reader, String fileName, PopulationInfo info) {
    return read(reader, fileName, info, Optional.empty());
  }

  /**
   * Reads population CSV from a reader, which is read to its end (or to a problem that ends the
   * reading) but not closed, and checks every category code against a scheme.
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
    return read(reader, fileName, info, Optional.of(requireNonNull(scheme, "scheme")));
  }

  private static ReferencePopulation read(Path file, PopulationInfo info, Optional<Scheme> scheme) {
    requireNonNull(file, "file");
    try (Reader reader = Utf8Reader.of(Files.newInputStream(file))) {
      return read(reader, file.toString(), info, scheme);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read population file " + file, e);
    }
  }

  /** Reads the CSV; does not close the reader, as the public methods taking a reader promise. */
  private static ReferencePopulation read(
      Reader reader, String fileName, PopulationInfo info, Optional<Scheme> scheme) {
    requireNonNull(reader, "reader");
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
    CsvReader csv;
    try {
      csv = CsvReader.of(reader, fileName);
    } catch (CsvFormatException e) {
      throw new PopulationFormatException(
          fileName,
          List.of(
              e.line() == 0
                  ? Problem.atLine(1, "no header; expected " + String.join(",", COLUMNS))
                  : problem(e)));
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> columns = columns(csv.header(), problems);
    if (!problems.isEmpty()) {
      throw new PopulationFormatException(fileName, problems);
    }
    ReferencePopulation.Builder builder = ReferencePopulation.builder(info);
    Map<List<Object>, Long> firstLine = new HashMap<>();
    boolean anyRow = false;
    while (true) {
      try {
        if (!csv.next()) {
          break;
        }
      } catch (CsvFormatException e) {
        // CsvReader has read past the bad record, or returns false next when it cannot go on.
        anyRow = true;
        problems.add(problem(e));
        continue;
      }
      anyRow = true;
      row(csv, columns, info, scheme, problems)
          .ifPresent(cell -> add(cell, csv.line(), firstLine, builder, problems));
    }
    if (!anyRow) {
      problems.add(Problem.atLine(2, "no rows after the header"));
    }
    if (!problems.isEmpty()) {
      throw new PopulationFormatException(fileName, problems);
    }
    return builder.build();
  }

  private static Problem problem(CsvFormatException e) {
    return Problem.atLine(e.line(), e.problem());
  }

  /** Returns the cell of the current record, or empty after adding its problems. */
  private static Optional<PopulationCell> row(
      CsvReader csv,
      Map<String, Integer> columns,
      PopulationInfo info,
      Optional<Scheme> scheme,
      List<Problem> problems) {
    long line = csv.line();
    int before = problems.size();
    String category = required(csv, columns, CATEGORY, line, problems);
    String area = required(csv, columns, AREA, line, problems);
    Optional<String> ageBand = optional(csv, columns, AGE_BAND, line, problems);
    Optional<String> sex = optional(csv, columns, SEX, line, problems);
    Optional<Long> count = count(value(csv, columns, COUNT), line, problems);
    if (scheme.isPresent() && !category.isEmpty() && !scheme.get().contains(category)) {
      problems.add(
          Problem.atLine(
              line,
              "category "
                  + quote(category)
                  + " is not a code of scheme '"
                  + info.schemeId()
                  + "'"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(PopulationCell.of(category, area, ageBand, sex, count.orElseThrow()));
  }

  private static void add(
      PopulationCell cell,
      long line,
      Map<List<Object>, Long> firstLine,
      ReferencePopulation.Builder builder,
      List<Problem> problems) {
    List<Object> key = List.of(cell.categoryCode(), cell.area(), cell.ageBand(), cell.sex());
    Long earlier = firstLine.putIfAbsent(key, line);
    if (earlier != null) {
      problems.add(
          Problem.atLine(
              line,
              "duplicate cell (category "
                  + quote(cell.categoryCode())
                  + ", area "
                  + quote(cell.area())
                  + cell.ageBand().map(band -> ", age band " + quote(band)).orElse("")
                  + cell.sex().map(value -> ", sex " + quote(value)).orElse("")
                  + "), first on line "
                  + earlier));
      return;
    }
    builder.add(cell);
  }

  private static Map<String, Integer> columns(List<String> header, List<Problem> problems) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        problems.add(
            Problem.atLine(
                1,
                "unknown column "
                    + quote(header.get(i))
                    + "; expected "
                    + String.join(", ", COLUMNS)));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(Problem.atLine(1, "column '" + name + "' appears twice"));
      }
    }
    for (String required : List.of(CATEGORY, AREA, COUNT)) {
      if (!columns.containsKey(required)) {
        problems.add(
            Problem.atLine(
                1,
                "missing column '"
                    + required
                    + "'; the header needs category, area and count, and may have age_band and"
                    + " sex"));
      }
    }
    return columns;
  }

  private static String value(CsvReader csv, Map<String, Integer> columns, String column) {
    return csv.get(columns.get(column)).strip();
  }

  private static String required(
      CsvReader csv,
      Map<String, Integer> columns,
      String column,
      long line,
      List<Problem> problems) {
    String value = value(csv, columns, column);
    if (value.isEmpty()) {
      problems.add(Problem.atLine(line, "empty " + column));
    }
    return value;
  }

  private static Optional<String> optional(
      CsvReader csv,
      Map<String, Integer> columns,
      String column,
      long line,
      List<Problem> problems) {
    if (!columns.containsKey(column)) {
      return Optional.empty();
    }
    String value = value(csv, columns, column);
    if (value.isEmpty()) {
      problems.add(
          Problem.atLine(
              line, "empty " + column + " (the column is present, so every row needs a value)"));
    }
    return Optional.of(value);
  }

  private static Optional<Long> count(String value, long line, List<Problem> problems) {
    if (!isWholeNumber(value)) {
      problems.add(Problem.atLine(line, "count " + quote(value) + " is not a whole number"));
      return Optional.empty();
    }
    if (value.startsWith("-")) {
      problems.add(Problem.atLine(line, "count " + quote(value) + " is negative"));
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      problems.add(Problem.atLine(line, "count " + quote(value) + " is too large"));
      return Optional.empty();
    }
  }

  /**
   * Tells whether a value is ASCII digits with an optional leading minus sign. Long.parseLong alone
   * would also take a plus sign and digits of other scripts.
   */
  private static boolean isWholeNumber(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    if (value.length() == start) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
