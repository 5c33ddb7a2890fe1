package org.equalitymonitoring.stats;

import java.math.BigDecimal;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence level, a fraction in {@code [0.9, 1)}.
 *
 * <p>Only fractions are accepted (as PHStatsMethods does). Unlike PHEindicatormethods, percentages
 * such as {@code 95} are <em>not</em> rescaled: they are rejected, so that a typo cannot silently
 * change the level. {@code 1} is rejected because the normal quantile would be infinite.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConfidenceLevel {

  // Declared first: the constants below use it during class initialisation.
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /** The 95% level (z = 1.959963984540054). */
  public static final ConfidenceLevel NINETY_FIVE = new ConfidenceLevel(0.95);

  /** The 99.8% level (z = 3.090232306167813), PHE's "3 sigma" level. */
  public static final ConfidenceLevel NINETY_NINE_POINT_EIGHT = new ConfidenceLevel(0.998);

  private final double level;
  private final double z;

  private ConfidenceLevel(double level) {
    this.level = level;
    // As PHEindicatormethods: z = qnorm(conf + (1 - conf) / 2).
    this.z = STANDARD_NORMAL.inverseCumulativeProbability(level + (1 - level) / 2);
  }

  /**
   * Returns the confidence level with the given two-sided coverage.
   *
   * @param level the coverage as a fraction, {@code 0.9 <= level < 1} (for example 0.95)
   * @return the confidence level
   * @throws IllegalArgumentException if {@code level} is NaN, below 0.9, or 1 or more (including
   *     percentages such as 95)
   */
  public static ConfidenceLevel of(double level) {
    if (!(level >= 0.9 && level < 1.0)) {
      throw new IllegalArgumentException(
          "confidence level must be a fraction in [0.9, 1) (percentages such as 95 are not"
              + " accepted), got confidence="
              + level);
    }
    if (level == 0.95) {
      return NINETY_FIVE;
    }
    if (level == 0.998) {
      return NINETY_NINE_POINT_EIGHT;
    }
    return new ConfidenceLevel(level);
  }

  /**
   * Returns the coverage as a fraction.
   *
   * @return the level, in {@code [0.9, 1)}
   */
  public double level() {
    return level;
  }

  /**
   * Returns the two-sided standard normal quantile {@code qnorm(level + (1 - level) / 2)}, as in
   * PHEindicatormethods; 1.959963984540054 at 95%.
   *
   * @return z, a positive finite number
   */
  public double z() {
    return z;
  }

  /**
   * Returns the total tail probability {@code 1 - level}.
   *
   * @return alpha, in {@code (0, 0.1]}
   */
  public double alpha() {
    return 1 - level;
  }

  /**
   * Returns the level as a percentage label, for example {@code "95%"} or {@code "99.8%"}, as in
   * the PHEindicatormethods {@code confidence} metadata column.
   *
   * @return the label
   */
  public String label() {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfidenceLevel && Double.compare(((ConfidenceLevel) o).level, level) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(level);
  }

  @Override
  public String toString() {
    return "ConfidenceLevel[" + label() + "]";
  }
}
