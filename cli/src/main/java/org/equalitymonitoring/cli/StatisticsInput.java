package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;

/**
 * The input of a {@code statistics} subcommand: a CSV file (or workbook sheet, or standard input)
 * read record by record, whose numbers are parsed with the file and line in every message.
 */
final class StatisticsInput implements AutoCloseable {
  private final Progress progress;
  private final CsvReader csv;

  private StatisticsInput(Progress progress, CsvReader csv) {
    this.progress = progress;
    this.csv = csv;
  }

  static StatisticsInput open(Path file, ExtractOptions options, PrintWriter err) {
    Progress progress = Progress.forFile(err, Extracts.size(file));
    try {
      return new StatisticsInput(progress, Extracts.open(file, progress, options));
    } catch (RuntimeException e) {
      progress.close();
      throw e;
    }
  }

  /** Returns the index of a required column; a missing one is an input error naming the columns. */
  int column(String name) {
    return csv.column(name);
  }

  /** Returns the index of a column the file may leave out. */
  OptionalInt optional(String name) {
    int index = csv.header().indexOf(name);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  boolean has(String name) {
    return csv.header().contains(name);
  }

  boolean next() {
    progress.row();
    return csv.next();
  }

  long line() {
    return csv.line();
  }

  String text(int column) {
    return csv.get(column).strip();
  }

  /** Returns a field of the current record as a finite number. */
  double number(int column) {
    String text = text(column);
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw problem(csv.header().get(column) + " must be a number, got " + quote(text));
  }

  /** Returns a field of the current record as a whole number. */
  long wholeNumber(int column) {
    double value = number(column);
    if (value != Math.rint(value) || Math.abs(value) > 1e15) {
      throw problem(
          csv.header().get(column) + " must be a whole number, got " + quote(text(column)));
    }
    return (long) value;
  }

  /** Returns an input error at the current record's line. */
  CsvFormatException problem(String message) {
    return new CsvFormatException(csv.source(), csv.line(), message);
  }

  /** Returns an input error at a given line. */
  CsvFormatException problem(long line, String message) {
    return new CsvFormatException(csv.source(), line, message);
  }

  @Override
  public void close() {
    try {
      csv.close();
    } finally {
      progress.close();
    }
  }
}
