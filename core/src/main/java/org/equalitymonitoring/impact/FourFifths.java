package org.equalitymonitoring.impact;

import java.math.BigDecimal;

/**
 * Exact comparisons of rates for the four-fifths rule ({@code STATISTICAL-METHODS.md} §8, EEOC 29
 * CFR 1607.4(D)): adverse if the impact ratio is strictly below 0.8, so that 48/60 = 0.80 is not
 * adverse although {@code 0.48 / 0.6} is 0.7999999999999999 in floating point.
 */
final class FourFifths {

  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal FIVE = BigDecimal.valueOf(5);

  private FourFifths() {}

  /** Sign of {@code a/n − b/m}, exactly; denominators are positive. */
  static int compareRates(double a, double n, double b, double m) {
    return exact(a).multiply(exact(m)).compareTo(exact(b).multiply(exact(n)));
  }

  /** True if {@code a/n < 0.8 · b/m} exactly, that is {@code 5·a·m < 4·b·n}. */
  static boolean belowFourFifths(double a, double n, double b, double m) {
    return FIVE.multiply(exact(a))
            .multiply(exact(m))
            .compareTo(FOUR.multiply(exact(b)).multiply(exact(n)))
        < 0;
  }

  private static BigDecimal exact(double x) {
    return new BigDecimal(x);
  }
}
