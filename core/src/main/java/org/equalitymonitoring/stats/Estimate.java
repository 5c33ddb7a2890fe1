package org.equalitymonitoring.stats;

import java.util.Objects;

/**
 * A point estimate with its confidence interval, the confidence level and (through the interval)
 * the method name. Immutable and thread-safe.
 */
public final class Estimate {

  private final double value;
  private final Interval interval;
  private final ConfidenceLevel confidence;

  private Estimate(double value, Interval interval, ConfidenceLevel confidence) {
    this.value = value;
    this.interval = interval;
    this.confidence = confidence;
  }

  /**
   * Returns an estimate.
   *
   * @param value the point estimate; may be NaN or infinite only for ratio measures with zero cells
   * @param interval the confidence interval
   * @param confidence the confidence level of the interval
   * @return the estimate
   * @throws NullPointerException if {@code interval} or {@code confidence} is null
   */
  public static Estimate of(double value, Interval interval, ConfidenceLevel confidence) {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(confidence, "confidence");
    return new Estimate(value, interval, confidence);
  }

  /**
   * Returns the point estimate.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * Returns the confidence interval.
   *
   * @return the interval
   */
  public Interval interval() {
    return interval;
  }

  /**
   * Returns the lower confidence limit; shorthand for {@code interval().lower()}.
   *
   * @return the lower limit
   */
  public double lower() {
    return interval.lower();
  }

  /**
   * Returns the upper confidence limit; shorthand for {@code interval().upper()}.
   *
   * @return the upper limit
   */
  public double upper() {
    return interval.upper();
  }

  /**
   * Returns the method name of the interval, for example "Wilson".
   *
   * @return the method name
   */
  public String method() {
    return interval.method();
  }

  /**
   * Returns the confidence level of the interval.
   *
   * @return the confidence level
   */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Estimate)) {
      return false;
    }
    Estimate other = (Estimate) o;
    return Double.compare(value, other.value) == 0
        && interval.equals(other.interval)
        && confidence.equals(other.confidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, interval, confidence);
  }

  @Override
  public String toString() {
    return value + " (" + confidence.label() + " " + interval + ")";
  }
}
