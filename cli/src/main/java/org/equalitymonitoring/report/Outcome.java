package org.equalitymonitoring.report;

import java.util.Locale;
import org.equalitymonitoring.io.CsvFormatException;

/** A yes/no outcome column's value: yes, y, true, 1 are events; no, n, false, 0 are not. */
enum Outcome {
  /** The record has the outcome. */
  EVENT,
  /** The record does not have the outcome. */
  NO_EVENT,
  /** The value is blank. */
  MISSING;

  /**
   * Returns the outcome a value records; {@link #MISSING} for a blank value.
   *
   * @throws IllegalArgumentException for any other value, quoting it
   */
  static Outcome parse(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    switch (text) {
      case "":
        return MISSING;
      case "yes":
      case "y":
      case "true":
      case "1":
        return EVENT;
      case "no":
      case "n":
      case "false":
      case "0":
        return NO_EVENT;
      default:
        throw new IllegalArgumentException(
            "an outcome must be yes/no, y/n, true/false or 1/0, got "
                + CsvFormatException.quote(value));
    }
  }
}
