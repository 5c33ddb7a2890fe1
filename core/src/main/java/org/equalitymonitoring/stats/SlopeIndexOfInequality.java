package org.equalitymonitoring.stats;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The slope index of inequality (SII) and relative index of inequality (RII) across ordered
 * quantiles, such as deprivation deciles, as PHEindicatormethods {@code phe_sii} with its default
 * {@code transform = FALSE} (Low &amp; Low 2004, J Public Health 26:388-395).
 *
 * <p>Each quantile i has a share of the population {@code a_i = pop_i/Σpop} and a rank at the
 * mid-point of its range in the cumulative distribution, {@code b_1 = a_1/2}, {@code b_i = Σ_{j<i}
 * a_j + a_i/2}. The fit is {@code lm(y·√a ~ √a + b·√a − 1)}, weighted least squares with weights a;
 * its coefficient of √a is the intercept c (the fitted value at rank 0) and its coefficient of b·√a
 * is the slope s. Then
 *
 * <pre>
 * SII = multiplier·s
 * RII = (c + s)/c, inverted when multiplier &lt; 0
 * </pre>
 *
 * <p>Confidence intervals are simulated ({@link #intervals}): each repetition draws every
 * quantile's value from a normal distribution with mean the value and standard deviation its
 * standard error (on the log scale for rates and the logit scale for proportions, then transformed
 * back), solves the same least squares, and the limits are the sorted results at 1-based positions
 * {@code round(reps·(1−cv))} and {@code round(reps·cv)}, with {@code cv = conf + (1−conf)/2} and
 * R's half-even rounding. Draws come from a {@link SplittableRandom} seeded by the caller, so a
 * seed reproduces its intervals; they are not R's random numbers, so intervals agree with
 * PHEindicatormethods only to simulation error (its own tests allow 5%).
 *
 * <p>Immutable and thread-safe.
 */
public final class SlopeIndexOfInequality {

  /** The fewest quantiles {@code phe_sii} accepts. */
  public static final int MIN_QUANTILES = 5;

  /** The most quantiles {@code phe_sii} accepts. */
  public static final int MAX_QUANTILES = 100;

  /** The fewest repetitions {@code phe_sii} accepts. */
  public static final int MIN_REPETITIONS = 1000;

  /** The default number of repetitions of {@code phe_sii}. */
  public static final int DEFAULT_REPETITIONS = 100_000;

  /** The most repetitions accepted here, which bounds memory at about 160 MB. */
  public static final int MAX_REPETITIONS = 10_000_000;

  private final IndicatorType type;
  private final double multiplier;
  private final double[] means;
  private final double[] standardErrors;
  private final double[] interceptWeights;
  private final double[] slopeWeights;
  private final double intercept;
  private final double slope;

  private SlopeIndexOfInequality(
      IndicatorType type,
      double multiplier,
      double[] means,
      double[] standardErrors,
      double[] interceptWeights,
      double[] slopeWeights,
      double[] values) {
    this.type = type;
    this.multiplier = multiplier;
    this.means = means;
    this.standardErrors = standardErrors;
    this.interceptWeights = interceptWeights;
    this.slopeWeights = slopeWeights;
    this.intercept = dot(interceptWeights, values);
    this.slope = dot(slopeWeights, values);
  }

  /**
   * Fits the SII to quantiles given in rank order (for example from most to least deprived).
   *
   * @param type the indicator type, which sets the scale of the standard errors
   * @param populations the population of each quantile, each finite {@code > 0}
   * @param values the indicator value of each quantile, in the type's domain (finite; {@code > 0}
   *     for rates; strictly between 0 and 1 for proportions)
   * @param standardErrors the standard error of each value on the type's scale (its own, log or
   *     logit), each finite {@code >= 0}; see {@link #standardErrors}
   * @param multiplier the factor applied to the SII, finite and not 0; a negative multiplier
   *     reverses the polarity and inverts the RII
   * @return the fit
   * @throws IllegalArgumentException if the arrays differ in length, there are fewer than 5 or more
   *     than 100 quantiles, or an element or the multiplier is out of range
   * @throws NullPointerException if any argument is null
   */
  public static SlopeIndexOfInequality of(
      IndicatorType type,
      double[] populations,
      double[] values,
      double[] standardErrors,
      double multiplier) {
    Objects.requireNonNull(type, "type");
    double[] pop = Checks.positiveArray(populations, "populations");
    double[] y = Objects.requireNonNull(values, "values").clone();
    double[] se = Checks.nonNegativeArray(standardErrors, "standardErrors");
    Checks.sameLength(pop, "populations", y, "values");
    Checks.sameLength(pop, "populations", se, "standardErrors");
    if (pop.length < MIN_QUANTILES || pop.length > MAX_QUANTILES) {
      throw new IllegalArgumentException(
          "the number of quantiles must be between "
              + MIN_QUANTILES
              + " and "
              + MAX_QUANTILES
              + ", got "
              + pop.length);
    }
    if (!(multiplier != 0 && Double.isFinite(multiplier))) {
      throw new IllegalArgumentException(
          "multiplier must be a finite number other than 0, got multiplier=" + multiplier);
    }
    double[] means = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      means[i] = type.transform(type.check(y[i], "values[" + i + "]"));
    }
    // Weighted least squares in closed form. With X = [√a, b·√a] and weighted response y·√a,
    // XᵀX = [[Σa, Σab], [Σab, Σab²]] and Xᵀ(y·√a) = [Σay, Σaby], so
    // c = Σ_i a_i(Σab² − Σab·b_i)/det · y_i and s = Σ_i a_i(Σa·b_i − Σab)/det · y_i,
    // det = Σa·Σab² − (Σab)².
    double total = Checks.sum(pop);
    double[] a = new double[pop.length];
    double[] b = new double[pop.length];
    double below = 0;
    for (int i = 0; i < pop.length; i++) {
      a[i] = pop[i] / total;
      b[i] = below + a[i] / 2;
      below += a[i];
    }
    double sa = 0;
    double sab = 0;
    double sabb = 0;
    for (int i = 0; i < a.length; i++) {
      sa += a[i];
      sab += a[i] * b[i];
      sabb += a[i] * b[i] * b[i];
    }
    double det = sa * sabb - sab * sab;
    double[] interceptWeights = new double[a.length];
    double[] slopeWeights = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      interceptWeights[i] = a[i] * (sabb - sab * b[i]) / det;
      slopeWeights[i] = a[i] * (sa * b[i] - sab) / det;
    }
    return new SlopeIndexOfInequality(
        type, multiplier, means, se, interceptWeights, slopeWeights, y);
  }

  /**
   * Returns standard errors from 95% confidence limits as {@code phe_sii} derives them: {@code
   * (upper − lower)/(2·qnorm(0.975))}, after taking logs of rate limits and logits of proportion
   * limits. The level is 95% whatever the level of the SII's own intervals.
   *
   * @param type the indicator type
   * @param lower95 the lower 95% limit of each value, in the type's domain
   * @param upper95 the upper 95% limit of each value, in the type's domain, {@code >= lower95}
   * @return the standard errors, on the type's scale
   * @throws IllegalArgumentException if the arrays differ in length or a limit is out of range
   * @throws NullPointerException if any argument is null
   */
  public static double[] standardErrors(IndicatorType type, double[] lower95, double[] upper95) {
    Objects.requireNonNull(type, "type");
    double[] lower = Objects.requireNonNull(lower95, "lower95").clone();
    double[] upper = Objects.requireNonNull(upper95, "upper95").clone();
    Checks.sameLength(lower, "lower95", upper, "upper95");
    double z = ConfidenceLevel.NINETY_FIVE.z();
    double[] se = new double[lower.length];
    for (int i = 0; i < lower.length; i++) {
      type.check(lower[i], "lower95[" + i + "]");
      type.check(upper[i], "upper95[" + i + "]");
      if (lower[i] > upper[i]) {
        throw new IllegalArgumentException(
            "lower95 must be <= upper95, got lower95["
                + i
                + "]="
                + lower[i]
                + ", upper95["
                + i
                + "]="
                + upper[i]);
      }
      se[i] = (type.transform(upper[i]) - type.transform(lower[i])) / z / 2;
    }
    return se;
  }

  /**
   * Returns the slope index of inequality, {@code multiplier·s}: the difference between the fitted
   * values at the top (rank 1) and the bottom (rank 0) of the ranking.
   *
   * @return the SII
   */
  public double slopeIndex() {
    return multiplier * slope;
  }

  /**
   * Returns the relative index of inequality {@code (c + s)/c}, the ratio of the fitted values at
   * rank 1 and rank 0; inverted when the multiplier is negative.
   *
   * @return the RII; infinite or NaN when the intercept is 0
   */
  public double relativeIndex() {
    return relative(intercept, slope);
  }

  /**
   * Returns the intercept c, the fitted value at rank 0, on the values' own scale (not multiplied).
   *
   * @return the intercept
   */
  public double intercept() {
    return intercept;
  }

  /**
   * Returns the indicator type.
   *
   * @return the type
   */
  public IndicatorType type() {
    return type;
  }

  /**
   * Returns the multiplier of the SII.
   *
   * @return the multiplier, not 0
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Returns the number of quantiles.
   *
   * @return 5 to 100
   */
  public int quantiles() {
    return means.length;
  }

  /**
   * Simulates confidence intervals for the SII and the RII from the same draws.
   *
   * @param confidence the confidence level
   * @param repetitions the number of simulated regressions, from {@value #MIN_REPETITIONS} to
   *     {@value #MAX_REPETITIONS} ({@code phe_sii} default {@value #DEFAULT_REPETITIONS})
   * @param seed the seed of the random numbers; the same seed gives the same intervals
   * @return the SII and RII with their simulated intervals
   * @throws IllegalArgumentException if {@code repetitions} is out of range or too few for the
   *     level (the lower position {@code round(reps·(1−conf)/2)} would be 0)
   * @throws NullPointerException if {@code confidence} is null
   */
  public InequalityIndices intervals(ConfidenceLevel confidence, int repetitions, long seed) {
    Checks.confidence(confidence);
    if (repetitions < MIN_REPETITIONS || repetitions > MAX_REPETITIONS) {
      throw new IllegalArgumentException(
          "repetitions must be between "
              + MIN_REPETITIONS
              + " and "
              + MAX_REPETITIONS
              + ", got repetitions="
              + repetitions);
    }
    double cv = confidence.level() + (1 - confidence.level()) / 2;
    int lowerPosition = (int) Math.rint(repetitions * (1 - cv));
    int upperPosition = (int) Math.rint(repetitions * cv);
    if (lowerPosition < 1) {
      throw new IllegalArgumentException(
          "repetitions="
              + repetitions
              + " are too few for a "
              + confidence.label()
              + " interval: the lower limit would be below the first simulated value");
    }
    double[] slopes = new double[repetitions];
    double[] relatives = new double[repetitions];
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < repetitions; r++) {
      double c = 0;
      double s = 0;
      for (int i = 0; i < means.length; i++) {
        double y = type.inverse(means[i] + standardErrors[i] * random.nextGaussian());
        c += interceptWeights[i] * y;
        s += slopeWeights[i] * y;
      }
      slopes[r] = multiplier * s;
      relatives[r] = relative(c, s);
    }
    Arrays.sort(slopes);
    Arrays.sort(relatives);
    String method = "Simulation (" + repetitions + " repetitions)";
    return InequalityIndices.of(
        Estimate.of(
            slopeIndex(),
            Interval.of(slopes[lowerPosition - 1], slopes[upperPosition - 1], method),
            confidence),
        Estimate.of(
            relativeIndex(),
            Interval.of(relatives[lowerPosition - 1], relatives[upperPosition - 1], method),
            confidence),
        seed);
  }

  private double relative(double c, double s) {
    double rii = (c + s) / c;
    return multiplier < 0 ? 1 / rii : rii;
  }

  private static double dot(double[] weights, double[] values) {
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i] * values[i];
    }
    return total;
  }

  @Override
  public String toString() {
    return "SlopeIndexOfInequality["
        + type.label()
        + ", quantiles="
        + means.length
        + ", sii="
        + slopeIndex()
        + ", rii="
        + relativeIndex()
        + "]";
  }
}
