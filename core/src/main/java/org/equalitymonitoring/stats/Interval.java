package org.equalitymonitoring.stats;

import java.util.Objects;

/**
 * A confidence interval: lower and upper limits and the name of the method that produced them (for
 * example "Wilson", "Exact", "Byars", "Dobson", "Student t", "Katz log").
 *
 * <p>Limits are normally finite with {@code lower <= upper}. Ratio measures with a zero cell follow
 * the epitools / scipy convention and may carry {@code NaN} (undefined) or infinite limits; see
 * {@link RiskRatio} and {@link RateRatio}. Immutable and thread-safe.
 */
public final class Interval {

  private final double lower;
  private final double upper;
  private final String method;

  private Interval(double lower, double upper, String method) {
    this.lower = lower;
    this.upper = upper;
    this.method = method;
  }

  /**
   * Returns an interval.
   *
   * @param lower the lower limit; may be NaN (undefined) or infinite
   * @param upper the upper limit; may be NaN (undefined) or infinite
   * @param method the name of the method, not blank
   * @return the interval
   * @throws NullPointerException if {@code method} is null
   * @throws IllegalArgumentException if both limits are defined and {@code lower > upper}, or if
   *     {@code method} is blank
   */
  public static Interval of(double lower, double upper, String method) {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method must not be blank, got method=\"" + method + "\"");
    }
    if (lower > upper) {
      throw new IllegalArgumentException(
          "lower must be <= upper, got lower=" + lower + ", upper=" + upper);
    }
    return new Interval(lower, upper, method);
  }

  /**
   * Returns the lower limit.
   *
   * @return the lower limit (NaN if undefined)
   */
  public double lower() {
    return lower;
  }

  /**
   * Returns the upper limit.
   *
   * @return the upper limit (NaN if undefined)
   */
  public double upper() {
    return upper;
  }

  /**
   * Returns the method name, for example "Wilson".
   *
   * @return the method name
   */
  public String method() {
    return method;
  }

  /**
   * Tells whether {@code value} lies in the closed interval {@code [lower, upper]}.
   *
   * @param value the value to test
   * @return true if both limits are defined and {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  /** Returns an interval with both limits multiplied by a positive factor. */
  Interval scaled(double factor) {
    return new Interval(lower * factor, upper * factor, method);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Interval)) {
      return false;
    }
    Interval other = (Interval) o;
    return Double.compare(lower, other.lower) == 0
        && Double.compare(upper, other.upper) == 0
        && method.equals(other.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper, method);
  }

  @Override
  public String toString() {
    return method + " [" + lower + ", " + upper + "]";
  }
}
