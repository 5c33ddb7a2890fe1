package org.equalitymonitoring.stats;

/**
 * The kind of indicator whose values a {@link SlopeIndexOfInequality} regresses, as the {@code
 * value_type} argument of PHEindicatormethods {@code phe_sii}: it decides the scale on which the
 * standard errors are given and the values simulated. Rates are simulated on the log scale and
 * proportions on the logit scale, then transformed back before each simulated regression.
 */
public enum IndicatorType {
  /** {@code value_type = 0}: values and standard errors on their own scale. */
  NORMAL("normal"),
  /** {@code value_type = 1}: standard errors on the log scale; values must be {@code > 0}. */
  RATE("rate"),
  /**
   * {@code value_type = 2}: standard errors on the logit scale; values must lie strictly between 0
   * and 1.
   */
  PROPORTION("proportion");

  private final String label;

  IndicatorType(String label) {
    this.label = label;
  }

  /**
   * Returns the name PHEindicatormethods writes in its {@code indicator_type} column.
   *
   * @return "normal", "rate" or "proportion"
   */
  public String label() {
    return label;
  }

  /** Maps a value to the simulation scale: identity, log or logit. */
  double transform(double value) {
    switch (this) {
      case RATE:
        return Math.log(value);
      case PROPORTION:
        return Math.log(value / (1 - value));
      default:
        return value;
    }
  }

  /** Maps a value back from the simulation scale: identity, exp or expit. */
  double inverse(double value) {
    switch (this) {
      case RATE:
        return Math.exp(value);
      case PROPORTION:
        return Math.exp(value) / (1 + Math.exp(value));
      default:
        return value;
    }
  }

  /**
   * Returns a value or confidence limit unchanged if it lies in this type's domain: finite for
   * normal indicators, finite and {@code > 0} for rates, strictly between 0 and 1 for proportions
   * (where the log or logit is defined).
   *
   * @param value the value to check
   * @param name the name of the value, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if the value is outside the domain
   */
  public double check(double value, String name) {
    boolean ok;
    switch (this) {
      case RATE:
        ok = value > 0 && value < Double.POSITIVE_INFINITY;
        break;
      case PROPORTION:
        ok = value > 0 && value < 1;
        break;
      default:
        ok = Double.isFinite(value);
    }
    if (!ok) {
      throw new IllegalArgumentException(
          name
              + " must be "
              + domain()
              + " for a "
              + label
              + " indicator, got "
              + name
              + "="
              + value);
    }
    return value;
  }

  private String domain() {
    switch (this) {
      case RATE:
        return "a finite number > 0";
      case PROPORTION:
        return "strictly between 0 and 1";
      default:
        return "a finite number";
    }
  }
}
