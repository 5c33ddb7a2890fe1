package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One problem in a JSON file: where it is (a path such as {@code categories[3].parent}, line and
 * column, both from 1) and what is wrong. Immutable.
 */
public final class JsonProblem {
  private final String path;
  private final int line;
  private final int column;
  private final String message;

  private JsonProblem(String path, int line, int column, String message) {
    this.path = path;
    this.line = line;
    this.column = column;
    this.message = message;
  }

  static JsonProblem of(String path, int line, int column, String message) {
    return new JsonProblem(requireNonNull(path), line, column, requireNonNull(message));
  }

  /** Returns the path of the offending value, such as {@code categories[3].parent}. */
  public String path() {
    return path;
  }

  /** Returns the line of the offending value, from 1. */
  public int line() {
    return line;
  }

  /** Returns the column of the offending value, from 1. */
  public int column() {
    return column;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JsonProblem)) {
      return false;
    }
    JsonProblem that = (JsonProblem) other;
    return path.equals(that.path)
        && line == that.line
        && column == that.column
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, line, column, message);
  }

  /** Returns e.g. {@code line 12, column 17, categories[3].parent: unknown parent code 'Q'}. */
  @Override
  public String toString() {
    return "line "
        + line
        + ", column "
        + column
        + ", "
        + (path.isEmpty() ? "(document)" : path)
        + ": "
        + message;
  }
}
