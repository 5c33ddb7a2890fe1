package org.equalitymonitoring.stats;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * Funnel-plot control limits and significance for crude rates and directly standardised rates,
 * Poisson method of PHEindicatormethods {@code calculate_funnel_limits(statistic = "rate")} and
 * PHStatsMethods {@code funnels.py}.
 *
 * <p>Each row's denominator is derived as {@code multiplier·events/rate}; a crude-rate row with 0
 * events uses its supplied denominator, and a DSR row with 0 events is excluded from the average.
 * The weighted average rate is {@code Σ events / Σ derived denominators}. A row is classified by
 * comparing the average with its exact (events &lt; 10) or Byar limits divided by the derived
 * denominator; DSR rows with fewer than 10 events are "Not applicable for events less than 10 for
 * dsrs". The control limit at E events is {@code E / pop · multiplier} with {@code pop = λ/av}, λ
 * from the Poisson funnel bisection. Immutable and thread-safe.
 */
public final class RateFunnel {

  /** Method name of the limits, "Poisson funnel". */
  public static final String METHOD = RatioFunnel.METHOD;

  private final double averagePerUnit;
  private final double multiplier;
  private final ImmutableList<FunnelSignificance> significances;

  private RateFunnel(
      double averagePerUnit, double multiplier, List<FunnelSignificance> significances) {
    this.averagePerUnit = averagePerUnit;
    this.multiplier = multiplier;
    this.significances = ImmutableList.copyOf(significances);
  }

  /**
   * Builds the funnel for crude rates.
   *
   * @param events events per row, each finite {@code >= 0}
   * @param rates rates per row (per {@code multiplier}), each finite {@code >= 0}, and {@code > 0}
   *     where events are positive
   * @param denominators denominators per row, each finite {@code > 0}; used only for rows with 0
   *     events
   * @param multiplier the rates' scale factor, finite {@code > 0} (for example 100000)
   * @return the funnel, with one significance per row
   * @throws IllegalArgumentException if the arrays are empty or differ in length or an element is
   *     out of range
   * @throws NullPointerException if any argument is null
   */
  public static RateFunnel ofCrudeRates(
      double[] events, double[] rates, double[] denominators, double multiplier) {
    double[] den = Checks.positiveArray(denominators, "denominators");
    return build(events, rates, den, multiplier, false);
  }

  /**
   * Builds the funnel for directly standardised rates.
   *
   * @param events events per row, each finite {@code >= 0}; at least one row needs events
   * @param rates DSRs per row (per {@code multiplier}), each finite {@code >= 0}, and {@code > 0}
   *     where events are positive
   * @param multiplier the rates' scale factor, finite {@code > 0} (for example 100000)
   * @return the funnel, with one significance per row
   * @throws IllegalArgumentException if the arrays are empty or differ in length, an element is out
   *     of range, or every row has 0 events
   * @throws NullPointerException if any argument is null
   */
  public static RateFunnel ofDsrs(double[] events, double[] rates, double multiplier) {
    return build(events, rates, null, multiplier, true);
  }

  /**
   * Returns a funnel around a given average rate, with no rows.
   *
   * @param averageRate the average rate per {@code multiplier}, finite {@code > 0}
   * @param multiplier the scale factor, finite {@code > 0}
   * @return the funnel; {@link #significances()} is empty
   * @throws IllegalArgumentException if an argument is not positive and finite
   */
  public static RateFunnel withAverageRate(double averageRate, double multiplier) {
    Checks.positive(averageRate, "averageRate");
    Checks.multiplier(multiplier);
    return new RateFunnel(averageRate / multiplier, multiplier, ImmutableList.of());
  }

  private static RateFunnel build(
      double[] events, double[] rates, double[] denominators, double multiplier, boolean dsr) {
    double[] x = Checks.nonNegativeArray(events, "events");
    double[] r = Checks.nonNegativeArray(rates, "rates");
    Checks.multiplier(multiplier);
    Checks.notEmpty(x, "events");
    Checks.sameLength(x, "events", r, "rates");
    if (denominators != null) {
      Checks.sameLength(x, "events", denominators, "denominators");
    }
    double[] derived = new double[x.length];
    double sumEvents = 0;
    double sumDenominators = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == 0) {
        derived[i] = dsr ? Double.NaN : denominators[i];
      } else {
        if (!(r[i] > 0)) {
          throw new IllegalArgumentException(
              "rates must be > 0 where events are positive, got events["
                  + i
                  + "]="
                  + x[i]
                  + ", rates["
                  + i
                  + "]="
                  + r[i]);
        }
        derived[i] = multiplier * x[i] / r[i];
      }
      if (!Double.isNaN(derived[i])) {
        sumEvents += x[i];
        sumDenominators += derived[i];
      }
    }
    if (!(sumDenominators > 0)) {
      throw new IllegalArgumentException(
          "at least one DSR row must have events > 0 to derive a denominator, got all events=0");
    }
    double av = sumEvents / sumDenominators;
    ImmutableList.Builder<FunnelSignificance> labels = ImmutableList.builder();
    for (int i = 0; i < x.length; i++) {
      if (dsr && x[i] < 10) {
        labels.add(FunnelSignificance.NOT_APPLICABLE_DSR);
      } else {
        labels.add(PoissonFunnelLimit.classify(av, x[i], derived[i]));
      }
    }
    return new RateFunnel(av, multiplier, labels.build());
  }

  /**
   * Returns the weighted average rate per {@code multiplier}.
   *
   * @return {@code Σ events / Σ derived denominators · multiplier}
   */
  public double averageRate() {
    return averagePerUnit * multiplier;
  }

  /**
   * Returns the multiplier of the rates.
   *
   * @return the multiplier
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Returns the significance of each input row, in input order.
   *
   * @return an immutable list, empty for {@link #withAverageRate}
   */
  public List<FunnelSignificance> significances() {
    return significances;
  }

  /**
   * Returns the control limits at E events on the funnel's axis: {@code E/pop·multiplier} with
   * {@code pop = λ/av}.
   *
   * @param events the number of events E, a whole number {@code >= 1}
   * @param level the control-limit level
   * @return the lower and upper rate limits per {@code multiplier}, method "Poisson funnel"
   * @throws IllegalArgumentException if {@code events} is not a whole number {@code >= 1}
   * @throws NullPointerException if {@code level} is null
   */
  public Interval limits(double events, FunnelLevel level) {
    Objects.requireNonNull(level, "level");
    long e = RatioFunnel.checkAxisEvents(events, "events");
    double lowerPopulation =
        PoissonFunnelLimit.lambda(e, level.oneSidedTail(), false) / averagePerUnit;
    double upperPopulation =
        PoissonFunnelLimit.lambda(e, level.oneSidedTail(), true) / averagePerUnit;
    return Interval.of(e / lowerPopulation * multiplier, e / upperPopulation * multiplier, METHOD);
  }

  /**
   * Returns the one-year population at which E events sit on the given limit: {@code λ / av /
   * yearsOfData}, as the {@code population_1_year} output of PHEindicatormethods.
   *
   * @param events the number of events E, a whole number {@code >= 1}
   * @param level the control-limit level
   * @param lower true for the lower limit, false for the upper limit
   * @param yearsOfData the number of years the data cover, finite {@code > 0}
   * @return the population
   * @throws IllegalArgumentException if an argument is out of range
   * @throws NullPointerException if {@code level} is null
   */
  public double annualPopulation(
      double events, FunnelLevel level, boolean lower, double yearsOfData) {
    Objects.requireNonNull(level, "level");
    long e = RatioFunnel.checkAxisEvents(events, "events");
    Checks.positive(yearsOfData, "yearsOfData");
    return PoissonFunnelLimit.lambda(e, level.oneSidedTail(), !lower)
        / averagePerUnit
        / yearsOfData;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RateFunnel)) {
      return false;
    }
    RateFunnel other = (RateFunnel) o;
    return Double.compare(averagePerUnit, other.averagePerUnit) == 0
        && Double.compare(multiplier, other.multiplier) == 0
        && significances.equals(other.significances);
  }

  @Override
  public int hashCode() {
    return Objects.hash(averagePerUnit, multiplier, significances);
  }

  @Override
  public String toString() {
    return "RateFunnel[averageRate=" + averageRate() + " per " + multiplier + "]";
  }
}
