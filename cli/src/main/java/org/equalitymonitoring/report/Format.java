package org.equalitymonitoring.report;

import java.util.Locale;

/** Number formats of the report. */
final class Format {
  private Format() {}

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
  }

  static String count(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  static String interval(double lower, double upper) {
    return percent(lower) + " to " + percent(upper);
  }
}
