package org.equalitymonitoring.io;

/**
 * Thrown when a CSV file breaks a rule: a missing column, a ragged row, an unterminated quote, a
 * value of the wrong form. The message names the file, the line and the problem.
 */
public final class CsvFormatException extends IllegalArgumentException {
  private final String source;
  private final long line;
  private final String problem;

  /**
   * Returns an exception for a problem at a line of a file.
   *
   * @param source the file name
   * @param line the line, from 1 (0 when the problem is not at one line)
   * @param problem what is wrong, quoting the bad value
   */
  public CsvFormatException(String source, long line, String problem) {
    super(source + (line > 0 ? ": line " + line : "") + ": " + problem);
    this.source = source;
    this.line = line;
    this.problem = problem;
  }

  /** Returns the file name. */
  public String source() {
    return source;
  }

  /** Returns the line, from 1; 0 when the problem is not at one line. */
  public long line() {
    return line;
  }

  /** Returns what is wrong, without the file name and line. */
  public String problem() {
    return problem;
  }
}
