package org.equalitymonitoring.rules;

import java.util.List;
import java.util.Map;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * No single code above a share of a unit's records: a unit where almost every record has the same
 * recognised code (every record {@code A}, or every record {@code 99}) suggests a system default
 * rather than what people said.
 *
 * <p>The share of a code is its records divided by all records of the unit, missing and invalid
 * ones included. Every code above the maximum gives one finding, whose subject is the code; it
 * reads {@code "Ward 7: 98.0% of 100 records carry the code A (98 records), a sign of a system
 * default; at most 90% expected"}; its observed value is the share, its threshold the maximum, its
 * count the code's records and its total all records. Units with fewer records than {@link
 * #withMinimumRecords a minimum} are not checked. The rule needs recognition counts: for a report
 * built from pre-aggregated counts it gives one finding per unit saying it cannot be checked.
 * Immutable.
 */
public final class DominantCodeRule implements Rule {
  /** The id of this rule, {@code dominant-code}. */
  public static final String ID = "dominant-code";

  private final double maximum;
  private final long minimumRecords;
  private final Severity severity;

  private DominantCodeRule(double maximum, long minimumRecords, Severity severity) {
    this.maximum = maximum;
    this.minimumRecords = minimumRecords;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when one code holds more than the maximum share of its
   * records.
   *
   * @param maximum the largest share one code may hold, a fraction in [0, 1] (90% is 0.90)
   * @return the rule, of severity ERROR, checking units of any size
   * @throws IllegalArgumentException if the maximum is outside [0, 1], quoting it
   */
  public static DominantCodeRule atMost(double maximum) {
    return new DominantCodeRule(
        RuleArguments.fraction(ID, "maximum share", maximum), 0, Severity.ERROR);
  }

  /**
   * Returns a copy that checks only units (and the overall result) with at least this many records,
   * since a few records with the same code are no sign of a default.
   *
   * @param minimumRecords the smallest number of records checked, at least 0
   * @return the rule
   * @throws IllegalArgumentException if the minimum is negative, quoting it
   */
  public DominantCodeRule withMinimumRecords(long minimumRecords) {
    return new DominantCodeRule(
        maximum, RuleArguments.nonNegative(ID, "minimum records", minimumRecords), severity);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public DominantCodeRule withSeverity(Severity severity) {
    return new DominantCodeRule(maximum, minimumRecords, RuleArguments.severity(severity));
  }

  /** Returns the largest share of a unit's records one code may hold, a fraction. */
  public double maximum() {
    return maximum;
  }

  /** Returns the smallest number of records a unit needs to be checked. */
  public long minimumRecords() {
    return minimumRecords;
  }

  /** Returns the severity of a breach. */
  public Severity severity() {
    return severity;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(CompletenessReport report) {
    return Units.check(
        report, ID, severity, unit -> unit.total() >= minimumRecords, this::checkUnit);
  }

  private void checkUnit(UnitCompleteness unit, RecognitionCounts counts, List<Finding> findings) {
    ShareLimit limit = ShareLimit.maximum(ID, severity, maximum, "expected");
    long total = counts.total();
    for (Map.Entry<String, Long> code : counts.byCode().entrySet()) {
      limit
          .check(
              unit.unit(),
              code.getValue(),
              total,
              share ->
                  Figures.percent(share)
                      + " of "
                      + Figures.records(total)
                      + " carry the code "
                      + code.getKey()
                      + " ("
                      + Figures.records(code.getValue())
                      + "), a sign of a system default")
          .map(finding -> finding.withSubject(code.getKey()))
          .ifPresent(findings::add);
    }
  }

  @Override
  public String toString() {
    return ID
        + " "
        + Figures.atMost(maximum)
        + (minimumRecords > 0 ? " in units of at least " + Figures.records(minimumRecords) : "")
        + ", "
        + severity;
  }
}
