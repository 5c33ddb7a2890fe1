package org.equalitymonitoring.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A sample mean with a Student t confidence interval, as PHEindicatormethods {@code phe_mean}:
 * value = sum/n; sd with the n−1 denominator; CI = value ± |qt((1−conf)/2, n−1)|·sd/√n. Immutable
 * and thread-safe.
 */
public final class SampleMean {

  /** The method name, "Student t". */
  public static final String METHOD = "Student t";

  private final double sum;
  private final int count;
  private final double standardDeviation;
  private final Estimate estimate;

  private SampleMean(double sum, int count, double standardDeviation, Estimate estimate) {
    this.sum = sum;
    this.count = count;
    this.standardDeviation = standardDeviation;
    this.estimate = estimate;
  }

  /**
   * Computes the mean of the values with its Student t interval.
   *
   * @param values the observations, at least 2, each finite
   * @param confidence the confidence level
   * @return the mean, its sum, count, standard deviation and interval
   * @throws IllegalArgumentException if fewer than 2 values are given or a value is not finite
   * @throws NullPointerException if any argument is null
   */
  public static SampleMean of(double[] values, ConfidenceLevel confidence) {
    Objects.requireNonNull(values, "values");
    Checks.confidence(confidence);
    double[] v = values.clone();
    if (v.length < 2) {
      throw new IllegalArgumentException(
          "values must contain at least 2 observations for a standard deviation, got n="
              + v.length);
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            "values must all be finite, got values[" + i + "]=" + v[i]);
      }
    }
    int n = v.length;
    double sum = Checks.sum(v);
    double mean = sum / n;
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    double t =
        Math.abs(TDistribution.of(n - 1).inverseCumulativeProbability(confidence.alpha() / 2));
    double half = t * sd / Math.sqrt(n);
    Estimate estimate =
        Estimate.of(mean, Interval.of(mean - half, mean + half, METHOD), confidence);
    return new SampleMean(sum, n, sd, estimate);
  }

  /**
   * Returns the sum of the values.
   *
   * @return the sum
   */
  public double sum() {
    return sum;
  }

  /**
   * Returns the number of values.
   *
   * @return n, at least 2
   */
  public int count() {
    return count;
  }

  /**
   * Returns the sample standard deviation (n−1 denominator).
   *
   * @return the standard deviation, {@code >= 0}
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * Returns the mean and its Student t interval.
   *
   * @return the estimate, method "Student t"
   */
  public Estimate estimate() {
    return estimate;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampleMean)) {
      return false;
    }
    SampleMean other = (SampleMean) o;
    return count == other.count
        && Double.compare(sum, other.sum) == 0
        && Double.compare(standardDeviation, other.standardDeviation) == 0
        && estimate.equals(other.estimate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sum, count, standardDeviation, estimate);
  }

  @Override
  public String toString() {
    return "SampleMean[n=" + count + ", sd=" + standardDeviation + ", " + estimate + "]";
  }
}
