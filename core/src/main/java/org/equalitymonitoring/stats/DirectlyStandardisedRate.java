package org.equalitymonitoring.stats;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A directly standardised rate (DSR) with Dobson et al. (1991) confidence limits based on Byar's
 * method, as PHEindicatormethods {@code calculate_dsr}.
 *
 * <pre>
 * value  = Σ x_i·w_i/n_i / Σ w_i · multiplier
 * vardsr = Σ x_i·(w_i/n_i)² / (Σ w_i)²
 * lower  = value + sqrt(vardsr/X)·(byars_lower(X) − X)·multiplier      X = Σ x_i
 * upper  = value + sqrt(vardsr/X)·(byars_upper(X) − X)·multiplier
 * </pre>
 *
 * <p>When the total count X is below 10 no value or interval is produced ({@link #estimate()} is
 * empty) and {@link #statistic()} is {@code "dsr NA for total count < 10"}. Missing event counts
 * should be passed as 0 (PHEindicatormethods' {@code na.zero}). {@link #mentalHealthAct} gives the
 * same value with the interval of NHS England's Mental Health Act statistics instead. Immutable and
 * thread-safe.
 */
public final class DirectlyStandardisedRate {

  /** Method name for independent events, "Dobson". */
  public static final String METHOD = "Dobson";

  /** Method name for the non-independent-events variant. */
  public static final String NON_INDEPENDENT_METHOD =
      "Dobson, with confidence adjusted for non-independent events";

  /**
   * Method name for the NHS England Mental Health Act statistics' interval: a normal approximation
   * with binomial variance ({@link #mentalHealthAct}).
   */
  public static final String MENTAL_HEALTH_ACT_METHOD =
      "NHS England Mental Health Act: normal approximation, binomial variance";

  /**
   * The z the Mental Health Act statistics use for their 95% interval, the literal 1.96 of {@code
   * Ethnicity - Detentions Standardisation.sql} (not qnorm(0.975) = 1.959963984540054).
   */
  public static final double MENTAL_HEALTH_ACT_Z_95 = 1.96;

  /** Statistic label when the total count is below 10. */
  public static final String SMALL_COUNT_STATISTIC = "dsr NA for total count < 10";

  /** Totals below this produce no DSR. */
  public static final double MINIMUM_TOTAL_COUNT = 10;

  private final Optional<Estimate> estimate;
  private final double totalCount;
  private final double totalPopulation;
  private final String statistic;
  private final String method;

  private DirectlyStandardisedRate(
      Optional<Estimate> estimate,
      double totalCount,
      double totalPopulation,
      String statistic,
      String method) {
    this.estimate = estimate;
    this.totalCount = totalCount;
    this.totalPopulation = totalPopulation;
    this.statistic = statistic;
    this.method = method;
  }

  /**
   * Computes a DSR for independent events.
   *
   * @param events event counts per age band, each a finite number {@code >= 0}
   * @param populations populations per age band, each a finite number {@code > 0}
   * @param standardPopulation standard population weights per age band, each finite {@code >= 0},
   *     with a positive sum (for example {@link StandardPopulation#esp2013()})
   * @param confidence the confidence level
   * @param multiplier the scale factor, finite {@code > 0} (PHEindicatormethods default 100000)
   * @return the DSR; its estimate is empty when the total count is below 10
   * @throws IllegalArgumentException if the arrays are empty or differ in length, or any element
   *     breaks its range, or the multiplier is not positive
   * @throws NullPointerException if any argument is null
   */
  public static DirectlyStandardisedRate of(
      double[] events,
      double[] populations,
      double[] standardPopulation,
      ConfidenceLevel confidence,
      double multiplier) {
    double[] x = Checks.nonNegativeArray(events, "events");
    double[] n = Checks.positiveArray(populations, "populations");
    double[] w = checkWeights(standardPopulation);
    Checks.confidence(confidence);
    Checks.multiplier(multiplier);
    Checks.notEmpty(x, "events");
    Checks.sameLength(x, "events", n, "populations");
    Checks.sameLength(x, "events", w, "standardPopulation");
    return compute(x, n, w, variance(x, n, w), confidence, multiplier, METHOD);
  }

  /**
   * Computes a DSR for non-independent events (a person may have several events), as
   * PHEindicatormethods {@code calculate_dsr(independent_events = FALSE)}: the input is the number
   * of unique persons per age band for each event frequency f. The events per band are {@code Σ_f
   * f·persons}; the value is as for independent events; the variance is {@code Σ_f vardsr_f·f²},
   * where {@code vardsr_f} is the Dobson variance computed from the persons counts of frequency f.
   *
   * @param personsByFrequency for each event frequency {@code f >= 1}, the persons per age band
   *     with exactly f events, each a finite number {@code >= 0}
   * @param populations populations per age band, each a finite number {@code > 0}
   * @param standardPopulation standard population weights per age band, finite {@code >= 0}, with a
   *     positive sum
   * @param confidence the confidence level
   * @param multiplier the scale factor, finite {@code > 0}
   * @return the DSR, method "Dobson, with confidence adjusted for non-independent events"; its
   *     estimate is empty when the total event count is below 10
   * @throws IllegalArgumentException if the map is empty, a frequency is below 1, arrays differ in
   *     length, or any element breaks its range
   * @throws NullPointerException if any argument, map key or map value is null
   */
  public static DirectlyStandardisedRate ofNonIndependentEvents(
      SortedMap<Integer, double[]> personsByFrequency,
      double[] populations,
      double[] standardPopulation,
      ConfidenceLevel confidence,
      double multiplier) {
    Objects.requireNonNull(personsByFrequency, "personsByFrequency");
    double[] n = Checks.positiveArray(populations, "populations");
    double[] w = checkWeights(standardPopulation);
    Checks.confidence(confidence);
    Checks.multiplier(multiplier);
    Checks.notEmpty(n, "populations");
    Checks.sameLength(n, "populations", w, "standardPopulation");
    if (personsByFrequency.isEmpty()) {
      throw new IllegalArgumentException(
          "personsByFrequency must not be empty, got personsByFrequency={}");
    }
    double[] events = new double[n.length];
    double customVariance = 0;
    for (Map.Entry<Integer, double[]> entry : personsByFrequency.entrySet()) {
      int f = Objects.requireNonNull(entry.getKey(), "frequency");
      if (f < 1) {
        throw new IllegalArgumentException("event frequency must be >= 1, got frequency=" + f);
      }
      double[] persons = Checks.nonNegativeArray(entry.getValue(), "persons");
      Checks.sameLength(persons, "persons", n, "populations");
      for (int i = 0; i < n.length; i++) {
        events[i] += f * persons[i];
      }
      customVariance += variance(persons, n, w) * f * f;
    }
    return compute(events, n, w, customVariance, confidence, multiplier, NON_INDEPENDENT_METHOD);
  }

  /**
   * Computes a DSR with the interval of NHS England's Mental Health Act annual statistics ({@code
   * USERS-AND-METRICS.md} §2.3; NHSDigital/mental-health-act-annual-statistics@44a5ccd4, {@code
   * Ethnicity - Detentions Standardisation.sql}). The value is the DSR of {@link #of}; the interval
   * is a normal approximation with binomial variance, symmetric about the value and not clamped at
   * 0 (the publication gives it as a ± half-width):
   *
   * <pre>
   * value = Σ_k (N_k/N)·r_k · multiplier          r_k = x_k/n_k, N_k the standard, N = Σ N_k
   * half  = z · sqrt( Σ_{k in V} (N_k/N)²·r_k(1 − r_k)/n_k ) · multiplier
   * </pre>
   *
   * where V is the strata marked in {@code inVariance}. The publication's query leaves the stratum
   * "16 to 17" out of the variance (a filter written for raw age labels applied to recoded ones),
   * so its intervals are slightly narrow; pass {@code false} for those strata to reproduce it, or
   * all {@code true} for the corrected interval. At 95% z is the publication's literal {@value
   * #MENTAL_HEALTH_ACT_Z_95}; at other levels it is {@link ConfidenceLevel#z()}. A value is always
   * produced: the publication has no small-count rule (the caller's small-number rule applies).
   *
   * @param events event counts per stratum, each a finite number {@code >= 0} and at most the
   *     stratum's population (the binomial variance needs a proportion)
   * @param populations populations per stratum, each a finite number {@code > 0}
   * @param standardPopulation standard population per stratum (N_k), each finite {@code >= 0}, with
   *     a positive sum
   * @param inVariance per stratum, whether its term counts in the variance
   * @param confidence the confidence level
   * @param multiplier the scale factor, finite {@code > 0} (the publication uses 100000)
   * @return the DSR, method {@value #MENTAL_HEALTH_ACT_METHOD}, with an estimate
   * @throws IllegalArgumentException if the arrays are empty or differ in length, any element
   *     breaks its range, or the multiplier is not positive
   * @throws NullPointerException if any argument is null
   */
  public static DirectlyStandardisedRate mentalHealthAct(
      double[] events,
      double[] populations,
      double[] standardPopulation,
      boolean[] inVariance,
      ConfidenceLevel confidence,
      double multiplier) {
    double[] x = Checks.nonNegativeArray(events, "events");
    double[] n = Checks.positiveArray(populations, "populations");
    double[] w = checkWeights(standardPopulation);
    Objects.requireNonNull(inVariance, "inVariance");
    Checks.confidence(confidence);
    Checks.multiplier(multiplier);
    Checks.notEmpty(x, "events");
    Checks.sameLength(x, "events", n, "populations");
    Checks.sameLength(x, "events", w, "standardPopulation");
    if (inVariance.length != x.length) {
      throw new IllegalArgumentException(
          "events and inVariance must have the same length, got events.length="
              + x.length
              + ", inVariance.length="
              + inVariance.length);
    }
    double sw = Checks.sum(w);
    double value = 0;
    double variance = 0;
    for (int k = 0; k < x.length; k++) {
      if (x[k] > n[k]) {
        throw new IllegalArgumentException(
            "events must not exceed populations in a stratum for a binomial variance, got events["
                + k
                + "]="
                + x[k]
                + ", populations["
                + k
                + "]="
                + n[k]);
      }
      double share = w[k] / sw;
      double rate = x[k] / n[k];
      value += share * rate;
      if (inVariance[k]) {
        variance += share * share * rate * (1 - rate) / n[k];
      }
    }
    double z =
        confidence.equals(ConfidenceLevel.NINETY_FIVE) ? MENTAL_HEALTH_ACT_Z_95 : confidence.z();
    double half = z * Math.sqrt(variance) * multiplier;
    value *= multiplier;
    Estimate estimate =
        Estimate.of(
            value, Interval.of(value - half, value + half, MENTAL_HEALTH_ACT_METHOD), confidence);
    return new DirectlyStandardisedRate(
        Optional.of(estimate),
        Checks.sum(x),
        Checks.sum(n),
        "dsr per " + Checks.formatNumber(multiplier),
        MENTAL_HEALTH_ACT_METHOD);
  }

  private static double[] checkWeights(double[] standardPopulation) {
    double[] w = Checks.nonNegativeArray(standardPopulation, "standardPopulation");
    if (!(Checks.sum(w) > 0)) {
      throw new IllegalArgumentException(
          "standardPopulation must have a positive sum, got sum=" + Checks.sum(w));
    }
    return w;
  }

  /** Dobson variance without the multiplier: Σ x·(w/n)² / (Σ w)². */
  private static double variance(double[] x, double[] n, double[] w) {
    double sq = 0;
    for (int i = 0; i < x.length; i++) {
      double r = w[i] / n[i];
      sq += x[i] * r * r;
    }
    double sw = Checks.sum(w);
    return sq / (sw * sw);
  }

  private static DirectlyStandardisedRate compute(
      double[] x,
      double[] n,
      double[] w,
      double vardsr,
      ConfidenceLevel confidence,
      double multiplier,
      String method) {
    double total = Checks.sum(x);
    double totalPopulation = Checks.sum(n);
    if (total < MINIMUM_TOTAL_COUNT) {
      return new DirectlyStandardisedRate(
          Optional.empty(), total, totalPopulation, SMALL_COUNT_STATISTIC, method);
    }
    double weighted = 0;
    for (int i = 0; i < x.length; i++) {
      weighted += x[i] * w[i] / n[i];
    }
    double value = weighted / Checks.sum(w) * multiplier;
    double z = confidence.z();
    double se = Math.sqrt(vardsr / total);
    double lower = value + se * (PoissonInterval.byarsLower(total, z) - total) * multiplier;
    double upper = value + se * (PoissonInterval.byarsUpper(total, z) - total) * multiplier;
    Estimate estimate = Estimate.of(value, Interval.of(lower, upper, method), confidence);
    return new DirectlyStandardisedRate(
        Optional.of(estimate),
        total,
        totalPopulation,
        "dsr per " + Checks.formatNumber(multiplier),
        method);
  }

  /**
   * Returns the DSR and its interval, or empty when the total count is below 10.
   *
   * @return the estimate, if produced
   */
  public Optional<Estimate> estimate() {
    return estimate;
  }

  /**
   * Returns the total event count X.
   *
   * @return the sum of the events over the age bands
   */
  public double totalCount() {
    return totalCount;
  }

  /**
   * Returns the total population.
   *
   * @return the sum of the populations over the age bands
   */
  public double totalPopulation() {
    return totalPopulation;
  }

  /**
   * Returns the statistic label: {@code "dsr per <multiplier>"} or {@code "dsr NA for total count <
   * 10"}.
   *
   * @return the label
   */
  public String statistic() {
    return statistic;
  }

  /**
   * Returns the method name: "Dobson", "Dobson, with confidence adjusted for non-independent
   * events" or {@value #MENTAL_HEALTH_ACT_METHOD}.
   *
   * @return the method name
   */
  public String method() {
    return method;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof DirectlyStandardisedRate)) {
      return false;
    }
    DirectlyStandardisedRate other = (DirectlyStandardisedRate) o;
    return estimate.equals(other.estimate)
        && Double.compare(totalCount, other.totalCount) == 0
        && Double.compare(totalPopulation, other.totalPopulation) == 0
        && statistic.equals(other.statistic)
        && method.equals(other.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(estimate, totalCount, totalPopulation, statistic, method);
  }

  @Override
  public String toString() {
    return "DirectlyStandardisedRate["
        + statistic
        + ", "
        + estimate.map(Estimate::toString).orElse("NA")
        + "]";
  }
}
