package org.equalitymonitoring.stats;

import java.util.Objects;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square goodness-of-fit test: statistic {@code Σ (O−E)²/E}, degrees of freedom
 * {@code k − 1}, p-value {@code P(χ²_{k−1} ≥ statistic)} (as scipy {@code chisquare} with {@code
 * ddof = 0}). Immutable and thread-safe.
 */
public final class ChiSquareGoodnessOfFit {

  private static final double SUM_TOLERANCE = 1e-8;

  private final double statistic;
  private final int degreesOfFreedom;
  private final double pValue;

  private ChiSquareGoodnessOfFit(double statistic, int degreesOfFreedom, double pValue) {
    this.statistic = statistic;
    this.degreesOfFreedom = degreesOfFreedom;
    this.pValue = pValue;
  }

  /**
   * Tests observed counts against expected counts.
   *
   * @param observed observed counts, at least 2 categories, each finite {@code >= 0}
   * @param expected expected counts, same length, each finite {@code > 0}, with the same total as
   *     {@code observed} (relative tolerance 1e-8)
   * @return the test result
   * @throws IllegalArgumentException if the arrays differ in length, have fewer than 2 categories,
   *     contain out-of-range values, or have different totals
   * @throws NullPointerException if any argument is null
   */
  public static ChiSquareGoodnessOfFit of(double[] observed, double[] expected) {
    double[] o = Checks.nonNegativeArray(observed, "observed");
    double[] e = Checks.positiveArray(expected, "expected");
    Checks.sameLength(o, "observed", e, "expected");
    checkCategories(o.length);
    double so = Checks.sum(o);
    double se = Checks.sum(e);
    if (Math.abs(so - se) > SUM_TOLERANCE * Math.max(so, se)) {
      throw new IllegalArgumentException(
          "observed and expected must have the same total, got sum(observed)="
              + so
              + ", sum(expected)="
              + se);
    }
    return compute(o, e);
  }

  /**
   * Tests observed counts against expected proportions; the expected counts are {@code p_i · Σ
   * observed}.
   *
   * @param observed observed counts, at least 2 categories, each finite {@code >= 0}, with a
   *     positive total
   * @param proportions expected proportions, same length, each finite {@code > 0}, summing to 1
   *     (tolerance 1e-8)
   * @return the test result
   * @throws IllegalArgumentException if the arrays differ in length, have fewer than 2 categories,
   *     contain out-of-range values, the proportions do not sum to 1, or the observed total is 0
   * @throws NullPointerException if any argument is null
   */
  public static ChiSquareGoodnessOfFit ofProportions(double[] observed, double[] proportions) {
    double[] o = Checks.nonNegativeArray(observed, "observed");
    double[] p = Checks.positiveArray(proportions, "proportions");
    Checks.sameLength(o, "observed", p, "proportions");
    checkCategories(o.length);
    double sp = Checks.sum(p);
    if (Math.abs(sp - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("proportions must sum to 1, got sum(proportions)=" + sp);
    }
    double total = Checks.sum(o);
    if (!(total > 0)) {
      throw new IllegalArgumentException("observed must have a positive total, got sum=" + total);
    }
    double[] e = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      e[i] = p[i] * total;
    }
    return compute(o, e);
  }

  private static void checkCategories(int k) {
    if (k < 2) {
      throw new IllegalArgumentException("at least 2 categories are required, got k=" + k);
    }
  }

  private static ChiSquareGoodnessOfFit compute(double[] o, double[] e) {
    double statistic = 0;
    for (int i = 0; i < o.length; i++) {
      double d = o[i] - e[i];
      statistic += d * d / e[i];
    }
    int df = o.length - 1;
    double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
    return new ChiSquareGoodnessOfFit(statistic, df, p);
  }

  /**
   * Returns the chi-square statistic {@code Σ (O−E)²/E}.
   *
   * @return the statistic, {@code >= 0}
   */
  public double statistic() {
    return statistic;
  }

  /**
   * Returns the degrees of freedom, the number of categories minus 1.
   *
   * @return df, at least 1
   */
  public int degreesOfFreedom() {
    return degreesOfFreedom;
  }

  /**
   * Returns the upper-tail p-value.
   *
   * @return the p-value, in {@code [0, 1]}
   */
  public double pValue() {
    return pValue;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ChiSquareGoodnessOfFit)) {
      return false;
    }
    ChiSquareGoodnessOfFit other = (ChiSquareGoodnessOfFit) o;
    return degreesOfFreedom == other.degreesOfFreedom
        && Double.compare(statistic, other.statistic) == 0
        && Double.compare(pValue, other.pValue) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(statistic, degreesOfFreedom, pValue);
  }

  @Override
  public String toString() {
    return "ChiSquareGoodnessOfFit[statistic="
        + statistic
        + ", df="
        + degreesOfFreedom
        + ", p="
        + pValue
        + "]";
  }
}
