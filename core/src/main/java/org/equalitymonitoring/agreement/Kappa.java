package org.equalitymonitoring.agreement;

import java.util.Locale;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Interval;

/**
 * Cohen's kappa (Cohen 1960), {@code κ = (p_o − p_e) / (1 − p_e)}, with {@code p_o = Σ p_ii} the
 * observed and {@code p_e = Σ p_i· p_·i} the chance agreement, and its large-sample standard error
 * of Fleiss, Cohen &amp; Everitt (1969), as SAS PROC FREQ's "ASE":
 *
 * <pre>
 * var(κ) = (A + B − C) / (n (1 − p_e)²)
 * A = Σ_i p_ii (1 − (p_i· + p_·i)(1 − κ))²
 * B = (1 − κ)² Σ_{i≠j} p_ij (p_·i + p_j·)²
 * C = (κ − p_e (1 − κ))²
 * </pre>
 *
 * <p>The interval is {@code κ ± z·SE}, not clamped (it may pass 1 or −1 for small samples).
 * Immutable.
 */
public final class Kappa {
  /** The interval's method name. */
  public static final String METHOD = "Fleiss, Cohen & Everitt (1969) large-sample";

  private final double value;
  private final double observed;
  private final double expected;
  private final double standardError;
  private final Interval interval;

  private Kappa(
      double value, double observed, double expected, double standardError, Interval interval) {
    this.value = value;
    this.observed = observed;
    this.expected = expected;
    this.standardError = standardError;
    this.interval = interval;
  }

  static Kappa of(
      double value,
      double observed,
      double expected,
      double standardError,
      ConfidenceLevel confidence) {
    double half = confidence.z() * standardError;
    return new Kappa(
        value, observed, expected, standardError, Interval.of(value - half, value + half, METHOD));
  }

  /** Returns kappa. */
  public double value() {
    return value;
  }

  /** Returns the observed agreement {@code p_o}. */
  public double observed() {
    return observed;
  }

  /** Returns the agreement expected by chance from the two sources' margins, {@code p_e}. */
  public double expected() {
    return expected;
  }

  /** Returns the large-sample standard error of kappa. */
  public double standardError() {
    return standardError;
  }

  /** Returns {@code κ ± z·SE} at the agreement's confidence level. */
  public Interval interval() {
    return interval;
  }

  /**
   * Returns kappa for a reader: value, interval, standard error and method, such as {@code "0.400
   * (0.151 to 0.649; SE 0.1270, Fleiss, Cohen & Everitt (1969) large-sample)"}.
   */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%.3f (%.3f to %.3f; SE %.4f, %s)",
        value,
        interval.lower(),
        interval.upper(),
        standardError,
        METHOD);
  }

  @Override
  public String toString() {
    return "Kappa{" + value + " " + interval + "}";
  }
}
