package org.equalitymonitoring.report;

import java.util.Locale;
import java.util.Optional;
import org.equalitymonitoring.io.CsvFormatException;

/** Reads a yes/no outcome column: yes, y, true, 1 are events; no, n, false, 0 are not. */
final class Outcome {
  private Outcome() {}

  /**
   * Returns whether a value records the outcome; empty for a blank value.
   *
   * @throws IllegalArgumentException for any other value, quoting it
   */
  static Optional<Boolean> parse(String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    switch (text) {
      case "":
        return Optional.empty();
      case "yes":
      case "y":
      case "true":
      case "1":
        return Optional.of(true);
      case "no":
      case "n":
      case "false":
      case "0":
        return Optional.of(false);
      default:
        throw new IllegalArgumentException(
            "an outcome must be yes/no, y/n, true/false or 1/0, got "
                + CsvFormatException.quote(value));
    }
  }
}
