package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;

/**
 * The rows of an {@code impact} input file: {@code group,events,denominator}, with {@code age_band}
 * (and optionally {@code sex}, the stratum then being sex and age band, such as {@code "Male 16 to
 * 17"}) for stratified counts, in any column order. Every check names the file, the line and the
 * problem, so that the command prints nothing but the error.
 */
final class ImpactInput {
  static final String GROUP = "group";
  static final String EVENTS = "events";
  static final String DENOMINATOR = "denominator";
  static final String AGE_BAND = "age_band";
  static final String SEX = "sex";

  /** A count: ASCII digits only (Long.parseLong alone takes a sign and other scripts' digits). */
  static final Pattern WHOLE = Pattern.compile("[0-9]+");

  private static final Pattern NEGATIVE = Pattern.compile("-\\s*[0-9]+(\\.[0-9]*)?");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

  /** One data row; {@code stratum} is null without an age_band column, {@code denominator} NaN. */
  static final class Row {
    final long line;
    final String group;
    final String stratum;
    final long events;
    final double denominator;

    Row(long line, String group, String stratum, long events, double denominator) {
      this.line = line;
      this.group = group;
      this.stratum = stratum;
      this.events = events;
      this.denominator = denominator;
    }

    String describe() {
      return "group " + quote(group) + (stratum == null ? "" : ", age band " + quote(stratum));
    }
  }

  final Path file;
  final List<Row> rows;
  final boolean stratified;
  final boolean hasDenominator;

  private ImpactInput(Path file, List<Row> rows, boolean stratified, boolean hasDenominator) {
    this.file = file;
    this.rows = rows;
    this.stratified = stratified;
    this.hasDenominator = hasDenominator;
  }

  /**
   * Reads and checks the file.
   *
   * @param file the CSV file (or .xlsx workbook, or {@code -} for standard input)
   * @param options how the file is written (delimiter, character set, sheet)
   * @param err where progress goes
   * @param needDenominator whether the denominator column is required (it may be absent only when a
   *     population gives it)
   * @param needStratum whether the age_band column is required (for a DSR)
   * @param proportion whether events must not exceed the denominator
   */
  static ImpactInput read(
      Path file,
      ExtractOptions options,
      PrintWriter err,
      boolean needDenominator,
      boolean needStratum,
      boolean proportion) {
    List<Row> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    boolean stratified;
    boolean hasDenominator;
    try (Progress progress = Progress.forFile(err, Extracts.size(file));
        CsvReader csv = Extracts.open(file, progress, options)) {
      int group = csv.column(GROUP);
      int events = csv.column(EVENTS);
      hasDenominator = csv.header().contains(DENOMINATOR) || needDenominator;
      int denominator = hasDenominator ? csv.column(DENOMINATOR) : -1;
      stratified = csv.header().contains(AGE_BAND) || needStratum;
      int ageBand = stratified ? csv.column(AGE_BAND) : -1;
      int sex = stratified && csv.header().contains(SEX) ? csv.column(SEX) : -1;
      while (csv.next()) {
        progress.row();
        long line = csv.line();
        String name = csv.get(group).strip();
        if (name.isEmpty()) {
          throw problem(file, line, "the group is blank");
        }
        String stratum = null;
        if (stratified) {
          stratum = csv.get(ageBand).strip();
          if (stratum.isEmpty()) {
            throw problem(file, line, "the age band of group " + quote(name) + " is blank");
          }
          if (sex >= 0) {
            String sexValue = csv.get(sex).strip();
            if (sexValue.isEmpty()) {
              throw problem(file, line, "the sex of group " + quote(name) + " is blank");
            }
            stratum = sexValue + " " + stratum;
          }
        }
        long count = events(file, line, csv.get(events).strip(), name);
        double n = Double.NaN;
        if (hasDenominator) {
          n = denominator(file, line, csv.get(denominator).strip(), name);
          if (proportion && count > n) {
            throw problem(
                file,
                line,
                "events "
                    + count
                    + " exceed the denominator "
                    + (n == Math.rint(n) && n < 1e15 ? Long.toString((long) n) : Double.toString(n))
                    + " of group "
                    + quote(name)
                    + ": a proportion cannot be above 1");
          }
        }
        Row row = new Row(line, name, stratum, count, n);
        String key = name + "\u0000" + (stratum == null ? "" : stratum);
        Long before = seen.putIfAbsent(key, line);
        if (before != null) {
          throw problem(
              file, line, "duplicate " + row.describe() + " (first on line " + before + ")");
        }
        rows.add(row);
      }
    } catch (CsvFormatException e) {
      throw new InputException(e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      throw new InputException(file + ": the file has a header but no rows");
    }
    return new ImpactInput(file, rows, stratified, hasDenominator);
  }

  /** Returns the distinct groups, in the order they first appear. */
  List<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    rows.forEach(r -> groups.add(r.group));
    return new ArrayList<>(groups);
  }

  /** Returns the first row of a group. */
  Optional<Row> first(String group) {
    return rows.stream().filter(r -> r.group.equals(group)).findFirst();
  }

  static InputException problem(Path file, long line, String problem) {
    return new InputException(file + ": line " + line + ": " + problem);
  }

  private static long events(Path file, long line, String text, String group) {
    if (WHOLE.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // too large: reported below
      }
    }
    String why =
        NEGATIVE.matcher(text).matches()
            ? "events must not be negative"
            : "events must be a whole number of at least 0";
    throw problem(file, line, why + ", got " + quote(text) + " for group " + quote(group));
  }

  private static double denominator(Path file, long line, String text, String group) {
    if (NEGATIVE.matcher(text).matches()) {
      throw problem(
          file,
          line,
          "the denominator must not be negative, got "
              + quote(text)
              + " for group "
              + quote(group));
    }
    if (!DECIMAL.matcher(text).matches() || !Double.isFinite(Double.parseDouble(text))) {
      throw problem(
          file,
          line,
          "the denominator must be a number greater than 0, got "
              + quote(text)
              + " for group "
              + quote(group));
    }
    double n = Double.parseDouble(text);
    if (n == 0) {
      throw problem(
          file,
          line,
          "zero denominator for group "
              + quote(group)
              + ": a group with no denominator has no rate or proportion; leave it out or report"
              + " it separately");
    }
    return n;
  }
}
