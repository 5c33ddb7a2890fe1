package org.equalitymonitoring.report;

import java.util.Locale;

/** Number formats of the report. A value that rounds to zero is printed without a minus sign. */
final class Format {
  private Format() {}

  static String percent(double fraction) {
    return decimal(100 * fraction) + "%";
  }

  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  static String interval(double lower, double upper) {
    return percent(lower) + " to " + percent(upper);
  }

  /**
   * Returns a change in percentage points with its sign, "+1.4" or "-0.3"; one that rounds to 0 is
   * "0.0".
   */
  static String change(double points) {
    String text = decimal(points);
    return text.equals("0.0") || points < 0 ? text : "+" + text;
  }

  /** Returns the value to one decimal place, "0.0" and not "-0.0" for a small negative value. */
  private static String decimal(double value) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return text.equals("-0.0") ? "0.0" : text;
  }
}
