package org.equalitymonitoring.cli;

import java.util.Locale;

/**
 * Writes the cells of the CSV files the commands print: every cell that holds a value read from
 * input (a raw recorded value, a group or unit name, a label) or any other text goes through {@link
 * #append}; every figure that is not a count (a proportion, interval limit, rate, ratio or share)
 * goes through {@link #figure}. Counts are appended directly, and figures are not text cells, so
 * that a negative number such as {@code -0.5} stays a number.
 */
final class Csv {
  private Csv() {}

  /**
   * Returns a figure that is not a count with exactly four decimal places, rounded half up, such as
   * {@code 0.9070} for 0.9070000000000001: proportions stay fractions (0.9070 is 90.70%), and four
   * places keep a hundredth of a percentage point. JSON output keeps full precision.
   *
   * @param value the figure; NaN and infinities are written as Java writes them
   * @return the figure as text
   */
  static String figure(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /**
   * Appends a text cell. A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
   * or a carriage return is prefixed with a single quote, so that a spreadsheet shows it as text
   * instead of running it as a formula (OWASP, CSV injection); the cell is then quoted if it holds
   * a comma, quote or line break (RFC 4180).
   *
   * @param line the line being written
   * @param text the cell's text, which may be empty
   * @return {@code line}
   */
  static StringBuilder append(StringBuilder line, String text) {
    return field(line, isFormula(text) ? "'" + text : text);
  }

  /**
   * Appends a field as it is, quoted if it holds a comma, quote or line break (RFC 4180): for CSV
   * text that is read back, not shown in a spreadsheet.
   *
   * @param line the line being written
   * @param field the field, which may be empty
   * @return {@code line}
   */
  static StringBuilder field(StringBuilder line, String field) {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return line.append(field);
    }
    line.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    return line.append('"');
  }

  /** Tells whether a spreadsheet would take a cell as a formula, by its first character. */
  private static boolean isFormula(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
  }
}
