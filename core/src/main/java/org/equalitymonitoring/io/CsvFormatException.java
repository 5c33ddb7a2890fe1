package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * Thrown when a CSV file breaks a rule: a missing column, a ragged row, an unterminated quote, a
 * value of the wrong form. The message names the file, the line and the problem.
 */
public final class CsvFormatException extends IllegalArgumentException {
  /** The number of characters of a value that {@link #quote} keeps. */
  static final int QUOTED = 80;

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

  /**
   * Returns a value from a file as a message quotes it: in single quotes, cut after its first 80
   * characters with an ellipsis, and with control characters (line breaks, tabs, terminal escapes)
   * written as Java Unicode escapes, so that a message stays one short line whatever the file
   * holds.
   *
   * @param value the value, not null
   * @return the quoted value
   */
  public static String quote(String value) {
    int end = requireNonNull(value, "value").length();
    if (end > QUOTED) {
      end = Character.isHighSurrogate(value.charAt(QUOTED - 1)) ? QUOTED - 1 : QUOTED;
    }
    StringBuilder quoted = new StringBuilder(end + 3).append('\'');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append(end < value.length() ? "\u2026'" : "'").toString();
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

  /** Returns the problem as the one entry of a list, as every loader's exception lists them. */
  public List<Problem> problems() {
    return List.of(Problem.atLine(line, problem));
  }
}
