package org.equalitymonitoring.impact;

import java.util.Objects;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.RiskRatio;
import org.equalitymonitoring.stats.WilsonScore;

/**
 * The relative likelihood of an event in one group compared with another, as in the WRES indicators
 * 2, 3 and 4 ({@code USERS-AND-METRICS.md} §2.1; {@code STATISTICAL-METHODS.md} §8):
 *
 * <pre>
 * RL = (numerator-group events / numerator-group denominator)
 *    ÷ (comparison-group events / comparison-group denominator)
 * </pre>
 *
 * <p>1.00 means equally likely. The RL is a risk ratio, given here with its Katz log interval
 * ({@link RiskRatio#katz}, zero cells by the epitools / scipy convention); NHS England publishes no
 * interval for WRES, so the interval and {@link #significance()} are this library's addition. The
 * range 0.80–1.25 is the "non-adverse" range of NHSE/I "A fair experience for all" (2019), which is
 * the four-fifths rule applied both ways ({@code STATISTICAL-METHODS.md} §8). Both are judged in
 * exact arithmetic on the counts, so that an RL of exactly 0.80 or 1.25 is within the range.
 *
 * <p>Immutable and thread-safe.
 */
public final class RelativeLikelihood {

  /** The lower end of the non-adverse range, 0.80. */
  public static final double NON_ADVERSE_LOWER = 0.80;

  /** The upper end of the non-adverse range, 1.25. */
  public static final double NON_ADVERSE_UPPER = 1.25;

  private final GroupCount numerator;
  private final GroupCount comparison;
  private final Estimate numeratorRate;
  private final Estimate comparisonRate;
  private final Estimate estimate;
  private final boolean withinNonAdverseRange;

  private RelativeLikelihood(
      GroupCount numerator,
      GroupCount comparison,
      Estimate numeratorRate,
      Estimate comparisonRate,
      Estimate estimate,
      boolean withinNonAdverseRange) {
    this.numerator = numerator;
    this.comparison = comparison;
    this.numeratorRate = numeratorRate;
    this.comparisonRate = comparisonRate;
    this.estimate = estimate;
    this.withinNonAdverseRange = withinNonAdverseRange;
  }

  /**
   * Returns the relative likelihood of the numerator group compared with the comparison group.
   *
   * @param numerator the group whose likelihood is the numerator (for WRES indicator 2, White
   *     appointed / White shortlisted); events at most the denominator
   * @param comparison the group compared with (for indicator 2, BME appointed / BME shortlisted);
   *     events at most the denominator
   * @param confidence the confidence level of the intervals
   * @return the relative likelihood
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a group's events exceed its denominator
   */
  public static RelativeLikelihood of(
      GroupCount numerator, GroupCount comparison, ConfidenceLevel confidence) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(confidence, "confidence");
    Groups.checkProportion(numerator);
    Groups.checkProportion(comparison);
    double a = numerator.events();
    double n1 = numerator.denominator();
    double c = comparison.events();
    double n0 = comparison.denominator();
    boolean within =
        !FourFifths.belowFourFifths(a, n1, c, n0) && !FourFifths.belowFourFifths(c, n0, a, n1);
    return new RelativeLikelihood(
        numerator,
        comparison,
        WilsonScore.proportion(a, n1, confidence),
        WilsonScore.proportion(c, n0, confidence),
        RiskRatio.katz(a, n1, c, n0, confidence),
        within);
  }

  /**
   * Tells whether a relative likelihood lies in the non-adverse range {@code 0.80 <= rl <= 1.25}.
   *
   * @param relativeLikelihood the relative likelihood
   * @return true if within the range; false for NaN
   */
  public static boolean isNonAdverse(double relativeLikelihood) {
    return relativeLikelihood >= NON_ADVERSE_LOWER && relativeLikelihood <= NON_ADVERSE_UPPER;
  }

  /**
   * Returns the numerator group's count.
   *
   * @return the count
   */
  public GroupCount numerator() {
    return numerator;
  }

  /**
   * Returns the comparison group's count.
   *
   * @return the count
   */
  public GroupCount comparison() {
    return comparison;
  }

  /**
   * Returns the numerator group's likelihood (a proportion from 0 to 1) with its Wilson interval.
   *
   * @return the estimate, method "Wilson"
   */
  public Estimate numeratorRate() {
    return numeratorRate;
  }

  /**
   * Returns the comparison group's likelihood (a proportion from 0 to 1) with its Wilson interval.
   *
   * @return the estimate, method "Wilson"
   */
  public Estimate comparisonRate() {
    return comparisonRate;
  }

  /**
   * Returns the relative likelihood; shorthand for {@code estimate().value()}.
   *
   * @return the RL; 0 if the numerator group has no events, +∞ if only the comparison group has
   *     none, NaN if neither has any
   */
  public double value() {
    return estimate.value();
  }

  /**
   * Returns the relative likelihood with its Katz log interval.
   *
   * @return the estimate, method "Katz log"
   */
  public Estimate estimate() {
    return estimate;
  }

  /**
   * Returns whether the Katz log interval excludes 1.
   *
   * @return {@link Significance#HIGHER} if the numerator group is significantly more likely, {@link
   *     Significance#LOWER} if significantly less likely, otherwise not significant
   */
  public Significance significance() {
    return Significance.comparing(estimate.interval(), 1);
  }

  /**
   * Tells whether the RL is within the non-adverse range 0.80–1.25 (inclusive), judged exactly on
   * the counts. Two groups that both have no events are equally likely, so within the range.
   *
   * @return true if within the range
   */
  public boolean withinNonAdverseRange() {
    return withinNonAdverseRange;
  }

  /**
   * Tells whether the four-fifths rule flags adverse impact between the two groups: the lower
   * likelihood is strictly below 80% of the higher ({@code STATISTICAL-METHODS.md} §8). Always the
   * opposite of {@link #withinNonAdverseRange()}.
   *
   * @return true if flagged
   */
  public boolean fourFifthsAdverse() {
    return !withinNonAdverseRange;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RelativeLikelihood)) {
      return false;
    }
    RelativeLikelihood other = (RelativeLikelihood) o;
    return numerator.equals(other.numerator)
        && comparison.equals(other.comparison)
        && estimate.equals(other.estimate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, comparison, estimate);
  }

  @Override
  public String toString() {
    return "RelativeLikelihood["
        + numerator.group()
        + " vs "
        + comparison.group()
        + ": "
        + estimate
        + (withinNonAdverseRange ? ", within 0.80-1.25" : ", outside 0.80-1.25")
        + "]";
  }
}
