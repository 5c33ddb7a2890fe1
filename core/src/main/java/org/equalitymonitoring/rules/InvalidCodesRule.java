package org.equalitymonitoring.rules;

import java.util.List;
import java.util.Map;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * No invalid values: records recognised as {@link RecognitionStatus#UNRECOGNISED} (not a code,
 * label, synonym or legacy value of the scheme) or {@link RecognitionStatus#AMBIGUOUS} (matches
 * several categories), optionally up to a tolerated share of the unit's records. Missing (blank)
 * values are not invalid: completeness counts them.
 *
 * <p>A finding reads {@code "Ward 7: 3 of 100 records (3.0%) hold a value that is not a code of the
 * scheme (2 unrecognised, 1 ambiguous); none tolerated"}; its observed value is the share, its
 * threshold the tolerated share, its count the invalid records and its total all records. The rule
 * needs recognition counts: for a report built from pre-aggregated counts it gives one finding per
 * unit saying it cannot be checked. Immutable.
 */
public final class InvalidCodesRule implements Rule {
  /** The id of this rule, {@code invalid-codes}. */
  public static final String ID = "invalid-codes";

  private final double tolerated;
  private final Severity severity;

  private InvalidCodesRule(double tolerated, Severity severity) {
    this.tolerated = tolerated;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when any of its records is unrecognised or ambiguous.
   *
   * @return the rule, of severity ERROR
   */
  public static InvalidCodesRule none() {
    return new InvalidCodesRule(0, Severity.ERROR);
  }

  /**
   * Returns a rule that a unit breaks when more than a tolerated share of its records are
   * unrecognised or ambiguous.
   *
   * @param tolerated the largest share tolerated, a fraction in [0, 1] (1% is 0.01)
   * @return the rule, of severity ERROR
   * @throws IllegalArgumentException if the share is outside [0, 1], quoting it
   */
  public static InvalidCodesRule atMost(double tolerated) {
    return new InvalidCodesRule(
        RuleArguments.fraction(ID, "tolerated share", tolerated), Severity.ERROR);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public InvalidCodesRule withSeverity(Severity severity) {
    return new InvalidCodesRule(tolerated, RuleArguments.severity(severity));
  }

  /** Returns the largest share of invalid records tolerated, a fraction (0 for none). */
  public double tolerated() {
    return tolerated;
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
    return Units.check(report, ID, severity, this::checkUnit);
  }

  private void checkUnit(UnitCompleteness unit, RecognitionCounts counts, List<Finding> findings) {
    Map<RecognitionStatus, Long> byStatus = counts.byStatus();
    long unrecognised = byStatus.get(RecognitionStatus.UNRECOGNISED);
    long ambiguous = byStatus.get(RecognitionStatus.AMBIGUOUS);
    long invalid = unrecognised + ambiguous;
    ShareLimit.tolerated(ID, severity, tolerated)
        .check(
            unit.unit(),
            invalid,
            counts.total(),
            share ->
                Figures.countOf(invalid, counts.total(), share)
                    + (invalid == 1 ? " holds a value" : " hold values")
                    + " that "
                    + (invalid == 1 ? "is" : "are")
                    + " not a code of the scheme ("
                    + Figures.count(unrecognised)
                    + " unrecognised, "
                    + Figures.count(ambiguous)
                    + " ambiguous)")
        .ifPresent(findings::add);
  }

  @Override
  public String toString() {
    return ID + " " + Figures.noneOrAtMost(tolerated) + ", " + severity;
  }
}
