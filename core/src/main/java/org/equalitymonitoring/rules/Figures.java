package org.equalitymonitoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Formats the figures of finding messages the same way everywhere: UK style, no raw values. */
final class Figures {
  private Figures() {}

  /** Returns "Overall" for the overall result ("") and the unit's name otherwise. */
  static String unit(String unit) {
    return unit.isEmpty() ? "Overall" : unit;
  }

  /** Returns an observed fraction as a percentage with one decimal, such as "81.0%". */
  static String percent(double fraction) {
    return decimal(fraction * 100, 1) + "%";
  }

  /**
   * Returns a configured fraction as a percentage without trailing zeros, such as "95%" or "2.5%".
   */
  static String limit(double fraction) {
    return BigDecimal.valueOf(fraction)
            .movePointRight(2)
            .setScale(4, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  /** Returns a configured maximum, such as "at most 10%". */
  static String atMost(double fraction) {
    return "at most " + limit(fraction);
  }

  /** Returns a configured tolerance, "none" for 0 and such as "at most 1%" otherwise. */
  static String noneOrAtMost(double fraction) {
    return fraction == 0 ? "none" : atMost(fraction);
  }

  /** Returns a difference of two fractions in percentage points with a sign, such as "+11.0". */
  static String points(double difference) {
    return (difference >= 0 ? "+" : "") + decimal(difference * 100, 1);
  }

  /** Returns a count with thousands separators, such as "1,234". */
  static String count(long count) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(count);
  }

  /** Returns "1 record" or "1,234 records". */
  static String records(long count) {
    return count(count) + (count == 1 ? " record" : " records");
  }

  /** Returns a count of records with its share, such as "3 of 100 records (3.0%)". */
  static String countOf(long count, long total, double share) {
    return count(count) + " of " + records(total) + " (" + percent(share) + ")";
  }

  /** Returns a p-value with four significant decimals, or "< 0.0001". */
  static String pValue(double p) {
    return p < 0.0001 ? "< 0.0001" : "= " + decimal(p, 4);
  }

  private static String decimal(double value, int places) {
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
