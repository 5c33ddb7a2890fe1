package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One problem in a file a loader reads: where it is and what is wrong. A problem in a JSON file has
 * a line, a column and a path such as {@code categories[3].parent}; a problem in a CSV file has a
 * line only (its message names the column). Immutable.
 */
public final class Problem {
  private final long line;
  private final int column;
  private final String path;
  private final String message;

  private Problem(long line, int column, String path, String message) {
    this.line = line;
    this.column = column;
    this.path = path;
    this.message = message;
  }

  /**
   * Returns a problem at a value of a JSON document, for a loader of another JSON format (such as a
   * FHIR resource) that reports as this package's loaders do.
   *
   * @param path the path of the value, such as {@code concept[3].code}; empty for the whole
   *     document
   * @param line the line of the value, from 1
   * @param column the column of the value, from 1
   * @param message what is wrong, quoting at most a short part of the input
   * @return the problem
   * @throws NullPointerException if path or message is null
   */
  public static Problem of(String path, int line, int column, String message) {
    return new Problem(line, column, requireNonNull(path), requireNonNull(message));
  }

  /** Returns a problem at a line of a CSV file (0 when it is not at one line). */
  static Problem atLine(long line, String message) {
    return new Problem(line, 0, "", requireNonNull(message));
  }

  /** Returns the line of the offending value, from 1; 0 when the problem is not at one line. */
  public long line() {
    return line;
  }

  /** Returns the column of the offending value, from 1; 0 for a CSV file's problem. */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON path of the offending value, such as {@code categories[3].parent}; empty for
   * the whole JSON document and for a CSV file's problem.
   */
  public String path() {
    return path;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Problem)) {
      return false;
    }
    Problem that = (Problem) other;
    return line == that.line
        && column == that.column
        && path.equals(that.path)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, path, message);
  }

  /**
   * Returns e.g. {@code line 12, column 17, categories[3].parent: unknown parent code 'Q'} for a
   * JSON document and {@code line 7: count '-3' is negative} for a CSV file.
   */
  @Override
  public String toString() {
    String where =
        column == 0 ? "" : ", column " + column + ", " + (path.isEmpty() ? "(document)" : path);
    return "line " + line + where + ": " + message;
  }
}
