package org.equalitymonitoring.stats;

import java.util.Objects;

/** Package-private argument checks producing messages that quote the bad value and the rule. */
final class Checks {

  private Checks() {}

  static double nonNegative(double value, String name) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number >= 0, got " + name + "=" + value);
    }
    return value;
  }

  static double positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          name + " must be a finite number > 0, got " + name + "=" + value);
    }
    return value;
  }

  static double multiplier(double multiplier) {
    return positive(multiplier, "multiplier");
  }

  static ConfidenceLevel confidence(ConfidenceLevel confidence) {
    return Objects.requireNonNull(confidence, "confidence");
  }

  /** Null-checks and copies an array, then requires every element to be finite and {@code >= 0}. */
  static double[] nonNegativeArray(double[] values, String name) {
    Objects.requireNonNull(values, name);
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!(copy[i] >= 0) || Double.isInfinite(copy[i])) {
        throw new IllegalArgumentException(
            name + " must all be finite numbers >= 0, got " + name + "[" + i + "]=" + copy[i]);
      }
    }
    return copy;
  }

  /** Null-checks and copies an array, then requires every element to be finite and {@code > 0}. */
  static double[] positiveArray(double[] values, String name) {
    Objects.requireNonNull(values, name);
    double[] copy = values.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!(copy[i] > 0) || Double.isInfinite(copy[i])) {
        throw new IllegalArgumentException(
            name + " must all be finite numbers > 0, got " + name + "[" + i + "]=" + copy[i]);
      }
    }
    return copy;
  }

  static void sameLength(double[] a, String aName, double[] b, String bName) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          aName
              + " and "
              + bName
              + " must have the same length, got "
              + aName
              + ".length="
              + a.length
              + ", "
              + bName
              + ".length="
              + b.length);
    }
  }

  static void notEmpty(double[] a, String name) {
    if (a.length == 0) {
      throw new IllegalArgumentException(name + " must not be empty, got " + name + ".length=0");
    }
  }

  static double sum(double[] values) {
    double total = 0;
    for (double v : values) {
      total += v;
    }
    return total;
  }

  /** Formats a multiplier without a trailing ".0" when it is integral, e.g. 100000. */
  static String formatNumber(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
