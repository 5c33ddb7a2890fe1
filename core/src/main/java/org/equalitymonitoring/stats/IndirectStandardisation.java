package org.equalitymonitoring.stats;

/**
 * Indirectly standardised ratios (ISRatio, for example the SMR) and rates (ISRate), as
 * PHEindicatormethods {@code calculate_ISRatio} and {@code calculate_ISRate}.
 *
 * <pre>
 * expected = Σ_i xref_i/nref_i · n_i
 * ISRatio  = observed/expected · refValue           (refValue 1 or 100)
 * ISRate   = observed/expected · refRate,  refRate = Σ xref / Σ nref · multiplier
 * CI       = exact (observed &lt; 10) or Byar (&ge; 10) limit(observed)/expected · (refValue | refRate)
 * </pre>
 *
 * <p>A band with zero local population contributes 0 to the expected count. Missing reference
 * counts or local populations should be passed as 0 (PHEindicatormethods' {@code na.zero}).
 */
public final class IndirectStandardisation {

  private IndirectStandardisation() {}

  /**
   * Returns the expected count {@code Σ xref_i/nref_i · n_i}.
   *
   * @param populations the local populations per band, each finite {@code >= 0}
   * @param referenceEvents the reference event counts per band, each finite {@code >= 0}
   * @param referencePopulations the reference populations per band, each finite {@code > 0}
   * @return the expected count, {@code >= 0}
   * @throws IllegalArgumentException if the arrays are empty or differ in length or an element is
   *     out of range
   * @throws NullPointerException if any argument is null
   */
  public static double expected(
      double[] populations, double[] referenceEvents, double[] referencePopulations) {
    double[] n = Checks.nonNegativeArray(populations, "populations");
    double[] xref = Checks.nonNegativeArray(referenceEvents, "referenceEvents");
    double[] nref = Checks.positiveArray(referencePopulations, "referencePopulations");
    Checks.notEmpty(n, "populations");
    Checks.sameLength(n, "populations", xref, "referenceEvents");
    Checks.sameLength(n, "populations", nref, "referencePopulations");
    double expected = 0;
    for (int i = 0; i < n.length; i++) {
      expected += xref[i] / nref[i] * n[i];
    }
    return expected;
  }

  /**
   * Returns the indirectly standardised ratio {@code observed/expected · refValue} with its
   * interval.
   *
   * @param observed the observed count, finite {@code >= 0}; may be non-integer
   * @param populations the local populations per band, each finite {@code >= 0}
   * @param referenceEvents the reference event counts per band, each finite {@code >= 0}
   * @param referencePopulations the reference populations per band, each finite {@code > 0}
   * @param confidence the confidence level
   * @param refValue 1 for a ratio or 100 for a ratio per 100; finite {@code > 0}
   * @return the ratio, method "Exact" (observed &lt; 10) or "Byars"
   * @throws IllegalArgumentException if an argument is out of range or the expected count is 0
   * @throws NullPointerException if any argument is null
   */
  public static Estimate ratio(
      double observed,
      double[] populations,
      double[] referenceEvents,
      double[] referencePopulations,
      ConfidenceLevel confidence,
      double refValue) {
    Checks.positive(refValue, "refValue");
    double expected = expected(populations, referenceEvents, referencePopulations);
    return scaled(observed, expected, confidence, refValue);
  }

  /**
   * Returns the indirectly standardised ratio {@code observed/expected · refValue} with its
   * interval, from an expected count already computed (the {@code observed_totals} route of
   * PHEindicatormethods, or an expected count from another source).
   *
   * @param observed the observed count, finite {@code >= 0}; may be non-integer
   * @param expected the expected count, finite {@code > 0}
   * @param confidence the confidence level
   * @param refValue 1 for a ratio or 100 for a ratio per 100; finite {@code > 0}
   * @return the ratio, method "Exact" (observed &lt; 10) or "Byars"
   * @throws IllegalArgumentException if an argument is out of range
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate ratioOfExpected(
      double observed, double expected, ConfidenceLevel confidence, double refValue) {
    Checks.positive(refValue, "refValue");
    Checks.positive(expected, "expected");
    return scaled(observed, expected, confidence, refValue);
  }

  /**
   * Returns the indirectly standardised rate {@code observed/expected · refRate}, where {@code
   * refRate = Σ xref / Σ nref · multiplier}, with its interval.
   *
   * @param observed the observed count, finite {@code >= 0}; may be non-integer
   * @param populations the local populations per band, each finite {@code >= 0}
   * @param referenceEvents the reference event counts per band, each finite {@code >= 0}
   * @param referencePopulations the reference populations per band, each finite {@code > 0}
   * @param confidence the confidence level
   * @param multiplier the scale factor, finite {@code > 0} (PHEindicatormethods default 100000)
   * @return the rate, method "Exact" (observed &lt; 10) or "Byars"
   * @throws IllegalArgumentException if an argument is out of range or the expected count or the
   *     reference rate is 0
   * @throws NullPointerException if any argument is null
   */
  public static Estimate rate(
      double observed,
      double[] populations,
      double[] referenceEvents,
      double[] referencePopulations,
      ConfidenceLevel confidence,
      double multiplier) {
    Checks.multiplier(multiplier);
    double expected = expected(populations, referenceEvents, referencePopulations);
    double refRate =
        Checks.sum(referenceEvents.clone()) / Checks.sum(referencePopulations.clone()) * multiplier;
    return scaled(observed, expected, confidence, refRate);
  }

  private static Estimate scaled(
      double observed, double expected, ConfidenceLevel confidence, double factor) {
    Checks.confidence(confidence);
    Checks.nonNegative(observed, "observed");
    if (!(expected > 0)) {
      throw new IllegalArgumentException(
          "expected count must be > 0 (some band needs a positive population and reference rate),"
              + " got expected="
              + expected);
    }
    if (!(factor > 0)) {
      throw new IllegalArgumentException(
          "reference rate must be > 0 (referenceEvents must not all be 0), got referenceRate="
              + factor);
    }
    Interval count = PoissonInterval.of(observed, confidence);
    return Estimate.of(
        observed / expected * factor,
        Interval.of(
            count.lower() / expected * factor, count.upper() / expected * factor, count.method()),
        confidence);
  }
}
