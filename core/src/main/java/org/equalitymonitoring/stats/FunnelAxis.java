package org.equalitymonitoring.stats;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The 100 x-axis points at which PHEindicatormethods {@code calculate_funnel_points} evaluates
 * funnel control limits: populations for proportions, observed events for ratios and events for
 * rates.
 *
 * <pre>
 * axis_min = 0 if max_den > 2·min_den, else signif_floor(min_den)
 * axis_max = signif_ceiling(max_den)
 * signif_floor(x)   = floor(0.95x/10^k)·10^k,   k = nchar(floor(0.95x)) − 1
 * signif_ceiling(x) = ceiling(1.05x/10^k)·10^k, k = nchar(ceiling(1.05x)) − 2
 * x_1 = max(1, axis_min)
 * x_j = max(round((axis_max/x_{j−1})^(1/(101−off))·x_{j−1}), x_{j−1} + 1),  j = 2…100
 * </pre>
 *
 * <p>with off = j for proportions and rates and j − 1 for ratios; {@code round} is half-even as in
 * R. {@code nchar} is R's printed width of the number, which is scientific when shorter (R prints
 * 100000 as {@code 1e+05}, width 5); this quirk is reproduced. For rates the denominators are the
 * derived denominators, scaled per year, and the axis ends are converted to events with {@code
 * floor(axis_min·av)} and {@code ceiling(axis_max·av)}.
 */
public final class FunnelAxis {

  /** Number of points on the axis. */
  public static final int POINTS = 100;

  private FunnelAxis() {}

  /**
   * Returns the population axis of a proportion funnel.
   *
   * @param minDenominator the smallest denominator, finite {@code > 0}
   * @param maxDenominator the largest denominator, finite {@code >= minDenominator}
   * @return 100 increasing whole-number populations
   * @throws IllegalArgumentException if the range is invalid
   */
  public static List<Long> proportionPoints(double minDenominator, double maxDenominator) {
    checkRange(minDenominator, maxDenominator);
    double min = maxDenominator > 2 * minDenominator ? 0 : signifFloor(minDenominator);
    return points(min, signifCeiling(maxDenominator), false);
  }

  /**
   * Returns the observed-events axis of a ratio funnel.
   *
   * @param minDenominator the smallest denominator (expected count), finite {@code > 0}
   * @param maxDenominator the largest denominator, finite {@code >= minDenominator}
   * @return 100 increasing whole numbers of observed events
   * @throws IllegalArgumentException if the range is invalid
   */
  public static List<Long> ratioPoints(double minDenominator, double maxDenominator) {
    checkRange(minDenominator, maxDenominator);
    double min = maxDenominator > 2 * minDenominator ? 0 : signifFloor(minDenominator);
    return points(min, signifCeiling(maxDenominator), true);
  }

  /**
   * Returns the events axis of a rate funnel.
   *
   * @param minDenominator the smallest derived denominator, finite {@code > 0}
   * @param maxDenominator the largest derived denominator, finite {@code >= minDenominator}
   * @param eventsPerUnit the weighted average rate per unit of denominator ({@code Σ events / Σ
   *     derived denominators}, i.e. {@link RateFunnel#averageRate()} / {@link
   *     RateFunnel#multiplier()}), finite {@code > 0}
   * @param yearsOfData the number of years the data cover, finite {@code > 0}
   * @return 100 increasing whole numbers of events
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static List<Long> ratePoints(
      double minDenominator, double maxDenominator, double eventsPerUnit, double yearsOfData) {
    checkRange(minDenominator, maxDenominator);
    Checks.positive(eventsPerUnit, "eventsPerUnit");
    Checks.positive(yearsOfData, "yearsOfData");
    double min =
        maxDenominator > 2 * minDenominator
            ? 0
            : signifFloor(minDenominator / yearsOfData) * yearsOfData;
    double max = signifCeiling(maxDenominator / yearsOfData) * yearsOfData;
    return points(Math.floor(min * eventsPerUnit), Math.ceil(max * eventsPerUnit), false);
  }

  private static void checkRange(double min, double max) {
    Checks.positive(min, "minDenominator");
    Checks.positive(max, "maxDenominator");
    if (max < min) {
      throw new IllegalArgumentException(
          "maxDenominator must be >= minDenominator, got minDenominator="
              + min
              + ", maxDenominator="
              + max);
    }
  }

  static List<Long> points(double axisMin, double axisMax, boolean ratio) {
    ImmutableList.Builder<Long> out = ImmutableList.builderWithExpectedSize(POINTS);
    double previous = Math.max(1, axisMin);
    out.add((long) previous);
    for (int j = 2; j <= POINTS; j++) {
      int offset = ratio ? j - 1 : j;
      double next =
          Math.max(
              Math.rint(Math.pow(axisMax / previous, 1.0 / (101 - offset)) * previous),
              previous + 1);
      out.add((long) next);
      previous = next;
    }
    return out.build();
  }

  static double signifFloor(double x) {
    if (x == 0) {
      return 0;
    }
    int n = rPrintedWidth(Math.floor(x * 0.95)) - 1;
    double scale = Math.pow(10, n);
    return Math.floor(x * 0.95 / scale) * scale;
  }

  static double signifCeiling(double x) {
    if (x == 0) {
      return 0;
    }
    int n = rPrintedWidth(Math.ceil(x * 1.05)) - 2;
    double scale = Math.pow(10, n);
    return Math.ceil(x * 1.05 / scale) * scale;
  }

  /**
   * R's {@code nchar()} of a non-negative whole number printed with the default 7 significant
   * digits: fixed notation unless scientific notation is strictly shorter.
   */
  static int rPrintedWidth(double wholeNumber) {
    if (wholeNumber < 1) {
      return 1;
    }
    String fixed = Long.toString((long) wholeNumber);
    String mantissa =
        new BigDecimal(fixed)
            .round(new MathContext(7))
            .unscaledValue()
            .toString()
            .replaceAll("0+$", "");
    int exponent = fixed.length() - 1;
    int sciWidth =
        mantissa.length() + (mantissa.length() > 1 ? 1 : 0) + 2 + Math.max(2, digits(exponent));
    return fixed.length() <= sciWidth ? fixed.length() : sciWidth;
  }

  private static int digits(int value) {
    return Integer.toString(value).length();
  }
}
